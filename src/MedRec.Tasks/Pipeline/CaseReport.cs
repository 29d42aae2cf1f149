using MedRec.Core.Recommendations;

namespace MedRec.Tasks.Pipeline;

/// <summary>Everything `medrec recommend` says about one case. Serialised as the JSON output.</summary>
public sealed record CaseReport
{
    public string? CaseId { get; init; }
    public required IReadOnlyList<ReportFinding> Findings { get; init; }
    /// <summary>Case items the KG does not know (kept, reported, not used for ranking).</summary>
    public required IReadOnlyList<string> Unresolved { get; init; }
    public required IReadOnlyList<Recommendation> Diagnoses { get; init; }
    public required IReadOnlyList<Recommendation> Departments { get; init; }
    public required IReadOnlyList<Recommendation> Exams { get; init; }
    public required IReadOnlyList<Recommendation> NextQuestions { get; init; }
    public required IReadOnlyList<Recommendation> Drugs { get; init; }
    public required IReadOnlyList<Recommendation> RemovedDrugs { get; init; }
    public required IReadOnlyList<SafetyWarning> Warnings { get; init; }
    public required IReadOnlyList<Recommendation> SideEffects { get; init; }
    public required IReadOnlyList<string> Notes { get; init; }
    /// <summary>Which implementation produced each part (the KG baselines today).</summary>
    public required IReadOnlyDictionary<string, string> Recommenders { get; init; }
}
