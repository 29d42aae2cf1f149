namespace MedRec.Prevention.Immunization.Conformance;

/// <summary>Outcome of one test case: passed, or the first mismatching field with expected and actual values.</summary>
public sealed record CaseResult(string Id, string Name, string Suite, string VaccineGroup, bool Passed,
    string? Field = null, string? Expected = null, string? Actual = null);
