namespace MedRec.Prevention.Immunization.Conformance;

/// <summary>All case results of a conformance run, with totals per vaccine group.</summary>
public sealed record ConformanceReport(IReadOnlyList<CaseResult> Cases)
{
    public int Passed => Cases.Count(c => c.Passed);
    public double PassRate => Cases.Count == 0 ? 0 : (double)Passed / Cases.Count;

    public IReadOnlyDictionary<string, (int Cases, int Passed)> ByVaccineGroup =>
        Cases.GroupBy(c => c.VaccineGroup).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.Count(), g.Count(c => c.Passed)));
}
