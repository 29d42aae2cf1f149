using Hl7.Fhir.Model;
using MedRec.Fhir.Mapping;
using MedRec.Fhir.Sandbox;
using MedRec.Fhir.Tools;

namespace MedRec.Fhir.AgentBench;

/// <summary>The facts tasks are generated and graded from, read once from the sandbox store: patients and their numeric observations.</summary>
public sealed class SandboxFacts
{
    public sealed record PatientFact(string Id, string? Mrn, string Given, string Family, string BirthDate);
    public sealed record ObservationFact(string PatientId, string Code, DateTimeOffset Time, double Value);

    public required IReadOnlyList<PatientFact> Patients { get; init; }
    public required IReadOnlyList<ObservationFact> Observations { get; init; }

    public static SandboxFacts Read(SandboxStore store)
    {
        var patients = new List<PatientFact>();
        var observations = new List<ObservationFact>();
        using var c = store.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT type, id, json FROM resource WHERE type IN ('Patient','Observation') ORDER BY type, id";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var resource = FhirJson.Parse(r.GetString(2), r.GetString(1));
            if (resource is Patient p && p.Name.FirstOrDefault() is { Family: { } family } n && n.Given.FirstOrDefault() is { } given && p.BirthDate is { Length: 10 } birth)
                patients.Add(new PatientFact(p.Id!, FhirTools.Mrn(p), given, family, birth));
            else if (resource is FhirObservation o && o.Value is Quantity { Value: { } v } && o.Subject?.Reference is { } subject
                     && DateTimeOffset.TryParse((o.Effective as FhirDateTime)?.Value, out var t))
                observations.Add(new ObservationFact(subject[(subject.LastIndexOf('/') + 1)..], FhirCodes.Code(o.Code).Code ?? "", t, (double)v));
        }
        return new SandboxFacts { Patients = patients, Observations = observations };
    }

    public IEnumerable<ObservationFact> Of(string patient, string code) => Observations.Where(o => o.PatientId == patient && o.Code == code);
}
