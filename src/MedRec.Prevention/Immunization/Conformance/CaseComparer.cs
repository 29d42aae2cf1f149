namespace MedRec.Prevention.Immunization.Conformance;

/// <summary>
/// Compares a forecaster result with a test case, field by field in a fixed order: each dose's status (and its
/// reason when the case gives one), then series status, forecast number, earliest, recommended and past-due dates.
/// </summary>
public static class CaseComparer
{
    public static CaseResult Compare(CdsiTestCase tc, VaccineGroupResult r)
    {
        for (var i = 0; i < tc.ExpectedDoses.Count; i++)
        {
            var exp = tc.ExpectedDoses[i];
            r.DoseEvaluations.TryGetValue(tc.Patient.Doses[i].Id, out var got);
            if (exp.Status != "" && !Same(exp.Status, got?.Status ?? ""))
                return Fail(tc, $"dose{i + 1}.status", exp.Status, got?.Status ?? "(not evaluated)");
            if (exp.Reason != "" && !Same(exp.Reason, got?.Reason ?? ""))
                return Fail(tc, $"dose{i + 1}.reason", exp.Reason, got?.Reason ?? "");
        }
        var f = r.Forecast;
        if (!Same(tc.SeriesStatus, f.Status)) return Fail(tc, "series_status", tc.SeriesStatus, f.Status);
        var expNumber = tc.ForecastNumber is "" or "-" ? "" : tc.ForecastNumber;
        var gotNumber = f.Status == ForecastStatus.NotComplete ? f.DoseNumber?.ToString() ?? "" : "";
        if (expNumber != gotNumber) return Fail(tc, "forecast_number", expNumber, gotNumber);
        foreach (var (name, exp, got) in new[] { ("earliest", tc.Earliest, f.Earliest), ("recommended", tc.Recommended, f.Recommended),
                     ("past_due", tc.PastDue, f.PastDue) })
            if (exp != got) return Fail(tc, name, Show(exp), Show(got));
        return new CaseResult(tc.Id, tc.Name, tc.Suite, tc.VaccineGroup, true);
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
    private static string Show(DateOnly? d) => d?.ToString("yyyy-MM-dd") ?? "";
    private static CaseResult Fail(CdsiTestCase tc, string field, string expected, string actual) =>
        new(tc.Id, tc.Name, tc.Suite, tc.VaccineGroup, false, field, expected, actual);
}
