using Hl7.Fhir.Model;
using MedRec.Core.Common;

namespace MedRec.Fhir.Mapping;

/// <summary>The Synthea FHIR R4 sample in the data folder: one transaction Bundle per line, 127 patient bundles.</summary>
public static class SyntheaSample
{
    public const string RelativePath = "synthea-fhir-r4-sample/synthea_r4_bundles.ndjson";

    public static IEnumerable<MappedPatient> Load(string dataDir, DateOnly? asOf = null)
    {
        using var s = DataPaths.OpenData(Path.Combine(dataDir, RelativePath));
        using var reader = new StreamReader(s);
        var line = 0;
        while (reader.ReadLine() is { } json)
        {
            line++;
            if (json.Length == 0) continue;
            var resources = FhirJson.ParseResources(json, $"synthea line {line}");
            if (!resources.OfType<Patient>().Any()) continue; // organisation / practitioner bundles
            foreach (var p in FhirCaseMapper.Map(resources, asOf)) yield return p;
        }
    }
}
