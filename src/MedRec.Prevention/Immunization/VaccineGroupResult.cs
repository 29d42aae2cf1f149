namespace MedRec.Prevention.Immunization;

/// <summary>The forecast of a vaccine group and, per administered dose, its combined evaluation over the group's antigens.</summary>
public sealed record VaccineGroupResult(string VaccineGroup, Forecast Forecast, IReadOnlyList<AntigenResult> Antigens,
    IReadOnlyDictionary<string, DoseEvaluation> DoseEvaluations);
