using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using MedRec.Core.Common;

namespace MedRec.Training.Corpus;

/// <summary>Small readers shared by the sources: JSON Lines, JSON arrays, CSV rows, plain lines, JSON field access.</summary>
internal static class SourceIo
{
    public static IEnumerable<JsonElement> JsonLines(string path)
    {
        using var r = new StreamReader(DataPaths.OpenData(path));
        string? line;
        while ((line = r.ReadLine()) != null)
        {
            if (line.Trim().Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            yield return doc.RootElement.Clone();
        }
    }

    public static IEnumerable<JsonElement> JsonArray(string path)
    {
        using var s = DataPaths.OpenData(path);
        using var doc = JsonDocument.Parse(s);
        foreach (var e in doc.RootElement.EnumerateArray()) yield return e.Clone();
    }

    public static IEnumerable<string[]> CsvRows(string path, bool hasHeader = true, string delimiter = ",")
    {
        using var r = new StreamReader(DataPaths.OpenData(path));
        var cfg = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = hasHeader, Delimiter = delimiter, BadDataFound = null, MissingFieldFound = null,
            Mode = delimiter == "\t" ? CsvMode.NoEscape : CsvMode.RFC4180,
        };
        using var csv = new CsvReader(r, cfg);
        if (hasHeader) { csv.Read(); csv.ReadHeader(); }
        while (csv.Read()) yield return csv.Parser.Record ?? [];
    }

    public static IEnumerable<string> Lines(string path)
    {
        using var r = new StreamReader(DataPaths.OpenData(path));
        string? line;
        while ((line = r.ReadLine()) != null) yield return line;
    }

    /// <summary>A property as text: strings as is, arrays joined with "、", missing as "".</summary>
    public static string Text(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v)) return "";
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString() ?? "",
            JsonValueKind.Array => string.Join("、", v.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : x.ToString()).Where(x => !string.IsNullOrWhiteSpace(x))),
            JsonValueKind.Null or JsonValueKind.Undefined => "",
            _ => v.ToString(),
        };
    }

    /// <summary>Paragraphs of an array property joined with newlines.</summary>
    public static string Paragraphs(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? string.Join("\n", v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()))
            : Text(e, name);
}
