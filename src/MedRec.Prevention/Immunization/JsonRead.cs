using System.Globalization;
using System.Text.Json;

namespace MedRec.Prevention.Immunization;

/// <summary>Tolerant accessors for the CDSi JSON (absent keys, one object where a list is expected, "n/a").</summary>
internal static class JsonRead
{
    public static string? Str(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(v.GetString()) && v.GetString()!.Trim() != "n/a" ? v.GetString()!.Trim() : null;

    public static IEnumerable<JsonElement> List(this JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v)) return [];
        return v.ValueKind switch
        {
            JsonValueKind.Array => v.EnumerateArray().ToList(),
            JsonValueKind.Object => [v],
            _ => [],
        };
    }

    public static JsonElement Obj(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v : default;

    public static CdsiDuration? Dur(this JsonElement e, string name) => CdsiDuration.ParseOrNull(e.Str(name));

    public static bool YesNo(this JsonElement e, string name) => e.Str(name) is "Yes" or "Y" or "yes";

    public static DateOnly? Date(this JsonElement e, string name) => ParseDate(e.Str(name));

    public static DateOnly? ParseDate(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        string[] formats = ["yyyy-MM-dd", "MM/dd/yyyy", "yyyy/MM/dd", "yyyyMMdd", "M/d/yyyy"];
        return DateOnly.TryParseExact(s.Trim()[..Math.Min(10, s.Trim().Length)], formats, CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var d) ? d : null;
    }

    /// <summary>"09; 113;138" → {"09","113","138"} (CVX codes keep their leading zeros).</summary>
    /// <summary>A ';'/','-separated list of CVX codes, normalized (single digits padded).</summary>
    public static HashSet<string> Codes(string? list) => Items(list).Select(Cvx.Normalize).ToHashSet();

    /// <summary>A ';'/','-separated list taken as written (series group numbers).</summary>
    public static HashSet<string> Items(string? list) =>
        list is null ? [] : list.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
}
