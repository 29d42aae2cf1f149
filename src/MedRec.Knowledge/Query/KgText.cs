namespace MedRec.Knowledge.Query;

public static class KgText
{
    /// <summary>Fill a DrugBank-style template ("#Drug1 may increase … #Drug2") with the two drug names.</summary>
    public static string FillTemplate(string detail, string drug1, string drug2) =>
        detail.Replace("#Drug1", drug1, StringComparison.Ordinal).Replace("#Drug2", drug2, StringComparison.Ordinal);
}
