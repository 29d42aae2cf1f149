namespace MedRec.Core.Common;

/// <summary>
/// The exam/drug hold-out: 1 in 10 diseases, chosen by FNV-1a-32 of the UTF-8 name. The KG lists their check/drug edges
/// in holdout_relation; the corpus leaves those lists out. One rule, shared, so both sides always agree.
/// </summary>
public static class DiseaseHoldOut
{
    public const string Rule = "FNV-1a-32(UTF-8 disease name) % 10 == 0, among diseases with needs_check/common_drug/recommended_drug edges";

    public static bool Contains(string diseaseName) => Fnv1a.Hash(diseaseName) % 10 == 0;
}
