namespace MedRec.Knowledge.Query;

public static class KgAliases
{
    public static IReadOnlyList<(string Alias, string Kind, string Source)> Of(KnowledgeGraph kg, long id)
    {
        using var cmd = kg.Command("SELECT alias, kind, source FROM alias WHERE entity_id = $id ORDER BY kind, alias", ("$id", id));
        using var r = cmd.ExecuteReader();
        var list = new List<(string, string, string)>();
        while (r.Read()) list.Add((r.GetString(0), r.GetString(1), r.GetString(2)));
        return list;
    }
}
