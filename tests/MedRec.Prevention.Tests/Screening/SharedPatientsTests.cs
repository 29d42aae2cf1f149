using MedRec.Core.Common;
using MedRec.Fhir.Mapping;
using MedRec.Prevention.Immunization;
using MedRec.Prevention.Reports;
using MedRec.Prevention.Screening;

namespace MedRec.Prevention.Tests.Screening;

/// <summary>Preventive care (screenings and the CDSi forecast) runs on every Synthea patient (127) and every MIMIC-IV demo patient (100) without error.</summary>
public sealed class SharedPatientsTests
{
    [SkippableFact]
    public void Every_synthea_and_mimic_patient_gets_a_report()
    {
        var data = DataPaths.Resolve();
        Skip.IfNot(Directory.Exists(Path.Combine(data, "synthea-fhir-r4-sample")), "shared data folder not present");
        var forecaster = new ImmunizationForecaster(SupportingDataLoader.Load(Path.Combine(data, "cdc-cdsi-immunization")));
        var service = new PreventionService(UspstfCatalog.Load(data), null, forecaster);
        var synthea = SyntheaSample.Load(data).ToList();
        var mimic = MimicDemoLoader.Load(data);
        Assert.Equal(127, synthea.Count);
        Assert.Equal(100, mimic.Count);
        foreach (var p in synthea.Concat(mimic))
        {
            var r = service.Report(p.Case);
            Assert.NotNull(r.Age);
            Assert.NotEmpty(r.Screenings);
            Assert.NotEmpty(r.Immunizations);
        }
        Assert.Contains(synthea, p => p.Case.Immunizations.Count > 0);
        Assert.Contains(mimic, p => p.Case.Conditions.Count > 0 && p.Case.Medications.Count > 0);
    }
}
