using System.Text.Json;
using System.Text.Json.Serialization;
using MedRec.Core.Common;

namespace MedRec.Core.Cases;

/// <summary>
/// Reads a patient case from JSON (camelCase) and validates it. Every problem is a one-line
/// <see cref="MedRecException"/> naming the field (and line for syntax errors); unknown fields are errors so a
/// misspelt field is never silently dropped.
/// </summary>
public static class PatientCaseReader
{
    /// <summary>Longest free text accepted in one field (characters).</summary>
    public const int MaxTextLength = 20_000;
    public const long MaxFileBytes = 2_000_000;

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static PatientCase ReadFile(string path)
    {
        if (!File.Exists(path)) throw new MedRecException($"case file not found: {path}");
        var size = new FileInfo(path).Length;
        if (size > MaxFileBytes) throw new MedRecException($"case file too large: {size:N0} bytes (limit {MaxFileBytes:N0})");
        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    public static PatientCase Parse(string json, string name = "case")
    {
        if (string.IsNullOrWhiteSpace(json)) throw new MedRecException($"{name}: empty input");
        PatientCase? c;
        try
        {
            c = JsonSerializer.Deserialize<PatientCase>(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" (field {e.Path})";
            throw new MedRecException($"{name}: invalid case JSON{where}{path}: {FirstSentence(e.Message)}");
        }
        if (c is null) throw new MedRecException($"{name}: the case must be a JSON object");
        var errors = Validate(c);
        if (errors.Count > 0) throw new MedRecException($"{name}: {errors[0]}" + (errors.Count > 1 ? $" (and {errors.Count - 1} more)" : ""));
        return c;
    }

    /// <summary>All validation problems, most important first; empty when the case is usable.</summary>
    public static IReadOnlyList<string> Validate(PatientCase c)
    {
        var e = new List<string>();
        var d = c.Demographics;
        if (d.Age is < 0 or > 130) e.Add($"demographics.age must be between 0 and 130, got {d.Age}");
        if (d.AgeMonths is < 0 or > 1560) e.Add($"demographics.ageMonths must be between 0 and 1560, got {d.AgeMonths}");
        if (d.Pregnant == true && d.Sex == Sex.Male) e.Add("demographics.pregnant is true for a male patient");
        if (d.WeightKg is <= 0 or > 500) e.Add($"demographics.weightKg out of range: {d.WeightKg}");
        if (d.HeightCm is <= 0 or > 300) e.Add($"demographics.heightCm out of range: {d.HeightCm}");
        if (c.ChiefComplaint is { Length: > MaxTextLength })
            e.Add($"chiefComplaint is {c.ChiefComplaint.Length:N0} characters; the limit is {MaxTextLength:N0}");
        for (var i = 0; i < c.Dialogue.Count; i++)
        {
            if (c.Dialogue[i] is null) { e.Add($"dialogue[{i}] is null"); continue; }
            if (string.IsNullOrWhiteSpace(c.Dialogue[i].Text)) e.Add($"dialogue[{i}].text is empty");
            else if (c.Dialogue[i].Text.Length > MaxTextLength) e.Add($"dialogue[{i}].text is longer than {MaxTextLength:N0} characters");
        }
        Names(e, "findings", c.Findings, f => f.Name);
        Names(e, "conditions", c.Conditions, x => x.Name);
        Names(e, "medications", c.Medications, x => x.Name);
        Names(e, "allergies", c.Allergies, x => x.Substance);
        Names(e, "observations", c.Observations, x => x.Name);
        Names(e, "immunizations", c.Immunizations, x => x.Vaccine);
        var hasText = !string.IsNullOrWhiteSpace(c.ChiefComplaint) || c.Dialogue.Count > 0;
        var hasAnything = hasText || c.Findings.Count > 0 || c.Conditions.Count > 0 || c.Medications.Count > 0
            || c.Observations.Count > 0 || c.Immunizations.Count > 0 || c.Procedures.Count > 0;
        if (!hasAnything) e.Add("the case is empty: give a chiefComplaint, dialogue, findings or history");
        return e;
    }

    private static void Names<T>(List<string> errors, string field, IReadOnlyList<T> items, Func<T, string?> name)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null) errors.Add($"{field}[{i}] is null");
            else if (string.IsNullOrWhiteSpace(name(items[i]))) errors.Add($"{field}[{i}] has an empty name");
            else if (name(items[i])!.Length > 200) errors.Add($"{field}[{i}] name is longer than 200 characters");
        }
    }

    private static string FirstSentence(string message)
    {
        var m = message.ReplaceLineEndings(" ");
        var cut = m.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? m[..cut] : m).Trim();
    }
}
