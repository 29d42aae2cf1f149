using System.Text.Json;
using MedRec.Core.Common;

namespace MedRec.Training.Corpus;

/// <summary>
/// Every string in an evaluation file, whatever its layout: JSON/JSONL string values (recursively), CSV/TSV/TXT lines.
/// Over-inclusion is harmless here (it can only block more), under-inclusion would leak.
/// </summary>
public static class EvalTextReader
{
    public static IEnumerable<string> Strings(string path)
    {
        var p = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        using var reader = new StreamReader(DataPaths.OpenData(path));
        if (p.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var text = reader.ReadToEnd();
            if (TryParse(text) is { } doc)
            {
                using (doc) foreach (var s in Walk(doc.RootElement)) yield return s;
                yield break;
            }
            foreach (var line in text.Split('\n')) foreach (var s in LineStrings(line)) yield return s;
            yield break;
        }
        string? l;
        while ((l = reader.ReadLine()) != null)
            foreach (var s in LineStrings(l)) yield return s;
    }

    private static IEnumerable<string> LineStrings(string line)
    {
        var t = line.Trim();
        if (t.Length == 0) yield break;
        if (t[0] is '{' or '[' && TryParse(t) is { } doc)
        {
            using (doc) foreach (var s in Walk(doc.RootElement)) yield return s;
            yield break;
        }
        yield return t;
        // Fields of TSV/CSV lines too (label, question, answer…): a test question alone must also be caught.
        var fields = t.Split(t.Contains('\t') ? '\t' : ',');
        if (fields.Length > 1) foreach (var f in fields) yield return f.Trim('"', ' ');
    }

    private static JsonDocument? TryParse(string text)
    {
        try { return JsonDocument.Parse(text); }
        catch (JsonException) { return null; }
    }

    private static IEnumerable<string> Walk(JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                yield return e.GetString()!;
                break;
            case JsonValueKind.Array:
                foreach (var x in e.EnumerateArray()) foreach (var s in Walk(x)) yield return s;
                break;
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name.Length >= 13) yield return p.Name;
                    foreach (var s in Walk(p.Value)) yield return s;
                }
                break;
        }
    }
}
