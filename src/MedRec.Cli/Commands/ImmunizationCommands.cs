using System.Diagnostics;
using System.Text.Json;
using MedRec.Cli.Framework;
using MedRec.Core.Common;
using MedRec.Prevention.Immunization;
using MedRec.Prevention.Immunization.Conformance;

namespace MedRec.Cli.Commands;

internal static class ImmunizationCommands
{
    private const string DatasetFolder = "cdc-cdsi-immunization";

    public static void Register(CommandRegistry r)
    {
        r.Add(new CliCommand("eval immunization", "eval immunization [--cases PATH] [--data DIR] [--case ID] [--json]",
            "CDC CDSi conformance: run the immunization test cases through the forecaster", Eval, new HashSet<string> { "json" }));
        r.Add(new CliCommand("bench immunization", "bench immunization [--cases PATH] [--data DIR] [--n 1000]",
            "median time of one CDSi vaccine-group forecast (Stopwatch)", Bench, new HashSet<string>()));
    }

    private static (ImmunizationForecaster Forecaster, IReadOnlyList<CdsiTestCase> Cases) Load(CliArgs a)
    {
        var dataset = Path.Combine(DataPaths.RequireDataFolder(a.Option("data")), DatasetFolder);
        var casesFolder = a.Option("cases") ?? dataset;
        return (new ImmunizationForecaster(SupportingDataLoader.Load(dataset)), TestCaseReader.ReadFolder(casesFolder));
    }

    private static Task<int> Eval(CliArgs a, CancellationToken ct)
    {
        var (forecaster, cases) = Load(a);
        if (a.Option("case") is { } id) return Task.FromResult(Explain(forecaster, cases, id));
        var report = ImmunizationConformance.Run(forecaster, cases, new ProgressReporter("immunization cases", cases.Count));
        if (a.Flag("json"))
        {
            var result = new
            {
                task = "immunization", cases = report.Cases.Count, passed = report.Passed, pass_rate = Math.Round(report.PassRate, 4),
                by_antigen = report.ByVaccineGroup.ToDictionary(kv => kv.Key,
                    kv => new { cases = kv.Value.Cases, passed = kv.Value.Passed, pass_rate = Math.Round((double)kv.Value.Passed / kv.Value.Cases, 4) }),
                failures = report.Cases.Where(c => !c.Passed).Select(c => new { id = c.Id, field = c.Field, expected = c.Expected, actual = c.Actual }),
            };
            Console.WriteLine(JsonSerializer.Serialize(result, JsonOptions.Compact));
            return Task.FromResult(0);
        }
        Console.WriteLine($"{"vaccine group",-22} {"cases",6} {"passed",7} {"rate",7}");
        foreach (var (group, (n, passed)) in report.ByVaccineGroup)
            Console.WriteLine($"{group,-22} {n,6} {passed,7} {(double)passed / n,7:P1}");
        Console.WriteLine($"{"total",-22} {report.Cases.Count,6} {report.Passed,7} {report.PassRate,7:P2}");
        foreach (var c in report.Cases.Where(c => !c.Passed))
            Console.WriteLine($"FAIL {c.Id} [{c.VaccineGroup}] {c.Field}: expected '{c.Expected}' got '{c.Actual}' — {c.Name}");
        return Task.FromResult(0);
    }

    private static int Explain(ImmunizationForecaster forecaster, IReadOnlyList<CdsiTestCase> cases, string id)
    {
        var tc = cases.FirstOrDefault(c => c.Id == id) ?? throw new MedRecException($"no test case {id}");
        Console.WriteLine($"{tc.Id} {tc.Name} | born {tc.Patient.BirthDate} {tc.Patient.Sex} assessed {tc.Patient.AssessmentDate} obs [{string.Join(",", tc.Patient.Observations.Select(o => o.Code))}]");
        Console.WriteLine($"expected: {tc.SeriesStatus} #{tc.ForecastNumber} {tc.Earliest} {tc.Recommended} {tc.PastDue}; doses " +
            string.Join("; ", tc.Patient.Doses.Zip(tc.ExpectedDoses).Select(x => $"{x.First.Date} cvx {x.First.Cvx} {x.Second.Status} {x.Second.Reason}")));
        var r = forecaster.ForecastGroup(tc.VaccineGroup, tc.Patient);
        Console.WriteLine($"actual:   {r.Forecast}");
        foreach (var ag in r.Antigens)
        {
            Console.WriteLine($"  {ag.Antigen}: {ag.Forecast}");
            foreach (var e in ag.Evaluations) Console.WriteLine($"    {e.Dose.Date} cvx {e.Dose.Cvx} -> {e.Status} {e.Reason} (target {e.TargetDose})");
            foreach (var f in ag.Considered ?? []) Console.WriteLine($"    considered: {f.SeriesName}: {f.Status} #{f.DoseNumber} {f.Earliest} {f.Recommended} {f.PastDue}");
        }
        Console.WriteLine(CaseComparer.Compare(tc, r));
        return 0;
    }

    private static Task<int> Bench(CliArgs a, CancellationToken ct)
    {
        var n = int.TryParse(a.Option("n") ?? "1000", out var v) && v > 0 ? v : throw new MedRecException("--n must be a positive integer");
        var (forecaster, cases) = Load(a);
        var times = new double[n];
        for (var i = 0; i < n; i++)
        {
            var tc = cases[i % cases.Count];
            var sw = Stopwatch.StartNew();
            forecaster.ForecastGroup(tc.VaccineGroup, tc.Patient);
            times[i] = sw.Elapsed.TotalMicroseconds;
        }
        Array.Sort(times);
        Console.WriteLine($"forecasts {n}, median {times[n / 2]:F1} µs, p90 {times[n * 9 / 10]:F1} µs, max {times[^1]:F1} µs");
        return Task.FromResult(0);
    }
}
