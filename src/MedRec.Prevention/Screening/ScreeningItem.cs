namespace MedRec.Prevention.Screening;

/// <summary>
/// One applicable recommendation for a patient. Applicability: recommended (A/B), shared_decision (C),
/// do_not_do (D), conditional (applies if a risk factor not in the record is present). Due: due, overdue,
/// up_to_date, once_done, unknown (no test mapping).
/// </summary>
public sealed record ScreeningItem(
    UspstfRecommendation Recommendation, string Applicability, string Due, DateOnly? LastDone, DateOnly? NextDue,
    IReadOnlyList<string> Reasons);
