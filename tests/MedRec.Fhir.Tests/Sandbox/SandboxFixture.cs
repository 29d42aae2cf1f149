using Hl7.Fhir.Model;
using MedRec.Fhir.Sandbox;
using Microsoft.AspNetCore.Builder;

namespace MedRec.Fhir.Tests.Sandbox;

/// <summary>A sandbox on a free loopback port over a temporary database holding two patients and their data.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"medrec-sandbox-{Guid.NewGuid():N}.db");
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";
    public SandboxStore Store { get; private set; } = null!;

    public async System.Threading.Tasks.Task InitializeAsync()
    {
        Store = new SandboxStore(_db);
        Store.Put(Seed());
        BaseUrl = LoopbackUrl.Free();
        _app = SandboxApp.Build(new SandboxOptions { DatabasePath = _db, Urls = BaseUrl, MaxBodyBytes = 100_000 });
        await _app.StartAsync();
    }

    public async System.Threading.Tasks.Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_db) + "*")) File.Delete(f);
    }


    private static IEnumerable<Resource> Seed()
    {
        yield return new Patient { Id = "p1", Name = [new HumanName { Family = "Zhang", Given = ["Wei"] }], BirthDate = "1960-02-03", Gender = AdministrativeGender.Male, Identifier = [new Identifier("urn:mrn", "MRN001")] };
        yield return new Patient { Id = "p2", Name = [new HumanName { Family = "Zhao", Given = ["Li"] }], BirthDate = "1990-07-08", Gender = AdministrativeGender.Female };
        for (var i = 0; i < 12; i++)
            yield return new FhirObservation
            {
                Id = $"o{i}", Status = ObservationStatus.Final, Subject = new ResourceReference("Patient/p1"),
                Code = new CodeableConcept("http://loinc.org", "4548-4", "Hemoglobin A1c"),
                Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory")],
                Effective = new FhirDateTime($"2024-{i + 1:00}-15"), Value = new Quantity(6.0m + i / 10m, "%"),
            };
        yield return new FhirCondition { Id = "c1", Subject = new ResourceReference("Patient/p2"), Code = new CodeableConcept("http://snomed.info/sct", "38341003", "Hypertension") };
    }
}
