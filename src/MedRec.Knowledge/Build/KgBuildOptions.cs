namespace MedRec.Knowledge.Build;

public sealed record KgBuildOptions(string DataDir, string OutPath, bool HoldOut = true)
{
    /// <summary>Relations whose edges are hidden for the exam/drug hold-out evaluation.</summary>
    public static readonly IReadOnlySet<string> HoldOutRelations = new HashSet<string> { "needs_check", "common_drug", "recommended_drug" };

    public const string HoldOutRule = "FNV-1a-32(UTF-8 disease name) % 10 == 0, among diseases with needs_check/common_drug/recommended_drug edges";

    public static bool IsHoldOutDisease(string name) => Fnv1a.Hash(name) % 10 == 0;
}
