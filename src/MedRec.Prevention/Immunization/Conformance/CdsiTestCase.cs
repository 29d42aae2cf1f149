namespace MedRec.Prevention.Immunization.Conformance;

/// <summary>One CDC CDSi test case: the patient and the expected per-dose evaluation and vaccine-group forecast.</summary>
public sealed record CdsiTestCase(string Id, string Name, string Suite, string VaccineGroup, ImmunizationPatient Patient,
    IReadOnlyList<ExpectedDose> ExpectedDoses, string SeriesStatus, string ForecastNumber,
    DateOnly? Earliest, DateOnly? Recommended, DateOnly? PastDue, string EvaluationTestType);

/// <summary>The expected evaluation of one administered dose (reason may be empty).</summary>
public sealed record ExpectedDose(string Status, string Reason);
