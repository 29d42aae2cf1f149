namespace MedRec.Prevention.Immunization;

/// <summary>The evaluation and forecast of one antigen, with the patient series that was selected.</summary>
public sealed record AntigenResult(string Antigen, Forecast Forecast, IReadOnlyList<DoseEvaluation> Evaluations);
