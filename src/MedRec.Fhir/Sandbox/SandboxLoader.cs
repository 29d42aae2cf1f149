using System.Text.Json;
using Hl7.Fhir.Model;
using MedRec.Core.Cases;
using MedRec.Core.Common;
using MedRec.Fhir.Mapping;

namespace MedRec.Fhir.Sandbox;

/// <summary>
/// Fills the sandbox: the Synthea sample (transaction bundles; urn:uuid references rewritten to Type/id) and the
/// MIMIC-IV demo converted to FHIR (Patient, Condition with ICD codes, MedicationRequest, Observation vitals with LOINC).
/// Only resource types the sandbox serves are stored.
/// </summary>
public static class SandboxLoader
{
    public static int LoadSynthea(SandboxStore store, string dataDir, IProgress<int>? progress = null)
    {
        using var s = DataPaths.OpenData(Path.Combine(dataDir, SyntheaSample.RelativePath));
        using var reader = new StreamReader(s);
        var total = 0;
        var line = 0;
        while (reader.ReadLine() is { } json)
        {
            line++;
            if (json.Length == 0) continue;
            var resources = FhirJson.ParseResources(RewriteReferences(json), $"synthea line {line}")
                .Where(r => SearchIndex.Parameters.ContainsKey(r.TypeName)).ToList();
            store.Put(resources);
            total += resources.Count;
            progress?.Report(line);
        }
        return total;
    }

    /// <summary>Transaction bundles reference by fullUrl (urn:uuid:…); a server stores Type/id references.</summary>
    private static string RewriteReferences(string bundleJson)
    {
        using var doc = JsonDocument.Parse(bundleJson);
        if (!doc.RootElement.TryGetProperty("entry", out var entries)) return bundleJson;
        var map = new Dictionary<string, string>();
        foreach (var e in entries.EnumerateArray())
            if (e.TryGetProperty("fullUrl", out var url) && e.TryGetProperty("resource", out var r) && r.TryGetProperty("id", out var id))
                map[url.GetString()!] = $"{r.GetProperty("resourceType").GetString()}/{id.GetString()}";
        foreach (var (from, to) in map) bundleJson = bundleJson.Replace($"\"{from}\"", $"\"{to}\"", StringComparison.Ordinal);
        return bundleJson;
    }

    public static int LoadMimic(SandboxStore store, string dataDir)
    {
        var total = 0;
        foreach (var p in MimicDemoLoader.Load(dataDir))
        {
            var resources = MimicToFhir(p.Case).ToList();
            store.Put(resources);
            total += resources.Count;
        }
        return total;
    }

    internal static IEnumerable<Resource> MimicToFhir(PatientCase c)
    {
        var id = c.Id!;
        var subject = new ResourceReference($"Patient/{id}");
        var asOf = c.AsOf ?? new DateOnly(2150, 1, 1);
        yield return new Patient
        {
            Id = id,
            Identifier = [new Identifier("https://mimic.mit.edu/subject_id", id.Replace("mimic-", ""))],
            Gender = c.Demographics.Sex == Sex.Male ? AdministrativeGender.Male : AdministrativeGender.Female,
            BirthDate = asOf.AddYears(-(int)(c.Demographics.Age ?? 0)).ToString("yyyy") ,
        };
        var n = 0;
        foreach (var cond in c.Conditions)
            yield return new FhirCondition
            {
                Id = $"{id}-c{++n}", Subject = subject,
                Code = new CodeableConcept(cond.CodeSystem == "ICD-10-CM" ? "http://hl7.org/fhir/sid/icd-10-cm" : "http://hl7.org/fhir/sid/icd-9-cm", cond.Code, cond.Name, cond.Name),
                Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/condition-category", "encounter-diagnosis")],
            };
        foreach (var m in c.Medications)
            yield return new MedicationRequest
            {
                Id = $"{id}-m{++n}", Subject = subject, Status = MedicationRequest.MedicationrequestStatus.Completed,
                Intent = MedicationRequest.MedicationRequestIntent.Order, Medication = new CodeableConcept { Text = m.Name },
            };
        foreach (var o in c.Observations)
            yield return new FhirObservation
            {
                Id = $"{id}-o{++n}", Subject = subject, Status = ObservationStatus.Final,
                Code = new CodeableConcept("http://loinc.org", o.Code, o.Name, o.Name),
                Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs")],
                Effective = o.Date is { } d ? new FhirDateTime(d.ToString("yyyy-MM-dd")) : null,
                Value = o.Value is { } v ? new Quantity((decimal)v, o.Unit ?? "") : o.ValueText is { } t ? new FhirString(t) : null,
            };
    }
}
