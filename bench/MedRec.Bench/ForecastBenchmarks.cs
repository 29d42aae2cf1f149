using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using MedRec.Core.Common;
using MedRec.Prevention.Immunization;
using MedRec.Prevention.Immunization.Conformance;

namespace MedRec.Bench;

/// <summary>
/// Time of a whole immunization forecast for one patient (every vaccine group: dose evaluation, series selection,
/// forecast), as `medrec prevention` runs it. Patients: three CDC CDSi test cases chosen by rule (most doses, most
/// coded observations, none) from the shared data. Run in process, so no separate build per run.
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
public class ForecastBenchmarks
{
    private ImmunizationForecaster _forecaster = null!;
    private Dictionary<string, ImmunizationPatient> _patients = null!;

    [ParamsSource(nameof(PatientKinds))]
    public string Patient { get; set; } = "";

    public static IEnumerable<string> PatientKinds => ["most-doses", "most-observations", "no-history"];

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(DataPaths.RequireDataFolder(Environment.GetEnvironmentVariable("MEDREC_DATA")), "cdc-cdsi-immunization");
        _forecaster = new ImmunizationForecaster(SupportingDataLoader.Load(folder));
        var cases = TestCaseReader.ReadFolder(folder);
        _patients = new()
        {
            ["most-doses"] = cases.MaxBy(c => c.Patient.Doses.Count)!.Patient,
            ["most-observations"] = cases.MaxBy(c => c.Patient.Observations.Count)!.Patient,
            ["no-history"] = cases.First(c => c.Patient.Doses.Count == 0 && c.Patient.Observations.Count == 0).Patient,
        };
    }

    [Benchmark(Description = "forecast all vaccine groups for one patient")]
    public int ForecastOnePatient() => _forecaster.ForecastAll(_patients[Patient]).Count;

    private sealed class InProcessConfig : ManualConfig
    {
        public InProcessConfig()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95);
        }
    }
}
