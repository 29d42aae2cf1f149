using MedRec.Core.Recommendations;

namespace MedRec.Tasks.Drugs;

/// <summary>
/// Drug recommendation for a case: candidates kept (possibly flagged), candidates removed with the reason,
/// warnings (interactions among current medications and with candidates, allergy, duplicate therapy), and the
/// known side effects of the current medications.
/// </summary>
public sealed record DrugPlan(
    IReadOnlyList<Recommendation> Recommended,
    IReadOnlyList<Recommendation> Removed,
    IReadOnlyList<SafetyWarning> Warnings,
    IReadOnlyList<Recommendation> SideEffects);
