using MedRec.Core.Common;

namespace MedRec.Knowledge.Build;

public sealed record KgBuildOptions(string DataDir, string OutPath, bool HoldOut = true)
{
    /// <summary>Relations whose edges are hidden for the exam/drug hold-out evaluation.</summary>
    public static readonly IReadOnlySet<string> HoldOutRelations = new HashSet<string> { "needs_check", "common_drug", "recommended_drug" };

    public const string HoldOutRule = DiseaseHoldOut.Rule;

    public static bool IsHoldOutDisease(string name) => DiseaseHoldOut.Contains(name);
}
