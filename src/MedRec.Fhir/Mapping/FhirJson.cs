using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using MedRec.Core.Common;

namespace MedRec.Fhir.Mapping;

/// <summary>
/// Reads FHIR R4 JSON: a Bundle, a single resource, or ndjson (one resource or bundle per line) into a flat list of
/// resources. Invalid FHIR becomes a one-line MedRecException that names the offending element and line.
/// </summary>
public static class FhirJson
{
    private static readonly FhirJsonDeserializer s_deserializer = new();

    public static IReadOnlyList<Resource> ParseResources(string json, string name = "input")
    {
        var trimmed = json.TrimStart();
        if (trimmed.Length == 0) throw new MedRecException($"{name}: empty FHIR input");
        if (trimmed[0] != '{') throw new MedRecException($"{name}: FHIR JSON must be an object with a resourceType");
        if (LooksLikeNdjson(json)) return ParseNdjson(json, name);
        return Flatten(Parse(json, name)).ToList();
    }

    public static IReadOnlyList<Resource> ReadFile(string path)
    {
        if (!File.Exists(path) && !File.Exists(path + ".gz")) throw new MedRecException($"FHIR file not found: {path}");
        using var s = DataPaths.OpenData(path);
        using var reader = new StreamReader(s);
        return ParseResources(reader.ReadToEnd(), Path.GetFileName(path));
    }

    private static bool LooksLikeNdjson(string json)
    {
        var lines = json.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length > 1 && lines.All(l => l.StartsWith('{') && l.EndsWith('}'));
    }

    private static List<Resource> ParseNdjson(string text, string name)
    {
        var all = new List<Resource>();
        var lineNo = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNo++;
            if (line.Trim().Length == 0) continue;
            all.AddRange(Flatten(Parse(line, $"{name} line {lineNo}")));
        }
        return all;
    }

    public static Resource Parse(string json, string name = "input")
    {
        CheckResourceType(json, name);
        try
        {
            return s_deserializer.DeserializeResource(json);
        }
        catch (DeserializationFailedException e)
        {
            var first = e.Exceptions.FirstOrDefault()?.Message ?? e.Message;
            throw new MedRecException($"{name}: invalid FHIR: {OneLine(first)}" + (e.Exceptions.Count() > 1 ? $" (and {e.Exceptions.Count() - 1} more)" : ""));
        }
        catch (JsonException e)
        {
            throw new MedRecException($"{name}: invalid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}");
        }
        catch (FormatException e)
        {
            throw new MedRecException($"{name}: invalid FHIR: {OneLine(e.Message)}");
        }
    }

    private static void CheckResourceType(string json, string name)
    {
        string? type;
        try
        {
            using var doc = JsonDocument.Parse(json);
            type = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("resourceType", out var t) ? t.ToString() : null;
        }
        catch (JsonException e)
        {
            throw new MedRecException($"{name}: invalid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}");
        }
        if (type is null) throw new MedRecException($"{name}: invalid FHIR: the object has no resourceType");
        if (!ModelInfo.IsKnownResource(type)) throw new MedRecException($"{name}: invalid FHIR: unknown resourceType '{type}'");
    }

    private static IEnumerable<Resource> Flatten(Resource r) =>
        r is Bundle b ? b.Entry.Where(e => e.Resource is not null).SelectMany(e => Flatten(e.Resource!)) : [r];

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}
