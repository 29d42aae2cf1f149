using MedRec.Core.Common;

namespace MedRec.Prevention.Immunization.Conformance;

/// <summary>
/// Runs the CDC CDSi test cases in a folder through the forecaster. A case passes only when every expected dose
/// evaluation and every forecast field matches; otherwise its first mismatching field is reported.
/// </summary>
public static class ImmunizationConformance
{
    /// <summary>Run the cases in <paramref name="folder"/>; supporting data from <paramref name="dataFolder"/> or the folder itself.</summary>
    public static ConformanceReport Run(string folder, string? dataFolder = null, ProgressReporter? progress = null)
    {
        var data = SupportingDataLoader.Load(dataFolder ?? folder);
        var cases = TestCaseReader.ReadFolder(folder);
        return Run(new ImmunizationForecaster(data), cases, progress);
    }

    public static ConformanceReport Run(ImmunizationForecaster forecaster, IReadOnlyList<CdsiTestCase> cases, ProgressReporter? progress = null)
    {
        var results = new List<CaseResult>(cases.Count);
        foreach (var tc in cases)
        {
            results.Add(RunCase(forecaster, tc));
            progress?.Report(results.Count);
        }
        return new ConformanceReport(results);
    }

    public static CaseResult RunCase(ImmunizationForecaster forecaster, CdsiTestCase tc)
    {
        if (forecaster.Data.FindGroup(tc.VaccineGroup) is not { } group)
            return new CaseResult(tc.Id, tc.Name, tc.Suite, tc.VaccineGroup, false, "vaccine_group", tc.VaccineGroup, "(unknown)");
        var result = forecaster.ForecastGroup(group.Name, tc.Patient);
        return CaseComparer.Compare(tc with { VaccineGroup = group.Name }, WithOtherGroups(forecaster, result, tc.Patient));
    }

    /// <summary>
    /// The test cases give every dose an expected status, also doses of other vaccine groups (an MMR dose in a
    /// varicella case): those are evaluated in their own groups.
    /// </summary>
    private static VaccineGroupResult WithOtherGroups(ImmunizationForecaster forecaster, VaccineGroupResult result, ImmunizationPatient p)
    {
        var missing = p.Doses.Where(d => !result.DoseEvaluations.ContainsKey(d.Id)).ToList();
        if (missing.Count == 0) return result;
        var evaluations = new Dictionary<string, DoseEvaluation>(result.DoseEvaluations);
        foreach (var g in forecaster.Data.Schedule.VaccineGroups.Where(g => g.Name != result.VaccineGroup))
        {
            if (!missing.Any(d => g.Antigens.Any(a => AntigenForecaster.DosesOf(forecaster.Data.Schedule, a, p).Contains(d)))) continue;
            foreach (var (id, e) in forecaster.ForecastGroup(g.Name, p).DoseEvaluations) evaluations.TryAdd(id, e);
        }
        return result with { DoseEvaluations = evaluations };
    }
}
