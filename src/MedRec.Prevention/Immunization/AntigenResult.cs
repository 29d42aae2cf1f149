namespace MedRec.Prevention.Immunization;

/// <summary>
/// The evaluation and forecast of one antigen, with the patient series that was selected; <paramref name="Considered"/>
/// holds the forecast of every relevant series (for explaining the choice).
/// </summary>
public sealed record AntigenResult(string Antigen, Forecast Forecast, IReadOnlyList<DoseEvaluation> Evaluations,
    IReadOnlyList<Forecast>? Considered = null);
