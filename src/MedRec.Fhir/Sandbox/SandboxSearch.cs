using System.Globalization;
using System.Text;
using System.Text.Json;
using MedRec.Fhir.Mapping;
using Microsoft.Data.Sqlite;

namespace MedRec.Fhir.Sandbox;

/// <summary>
/// Executes a FHIR search against <see cref="SandboxStore"/>: token, reference, string (prefix) and date
/// (eq/gt/lt/ge/le on yyyy[-MM[-dd]]) parameters, comma = OR, repeated parameter = AND; _count, _offset and
/// _sort=date|-date; returns searchset Bundle JSON with total and self/next links. Unknown parameters are errors.
/// </summary>
public static class SandboxSearch
{
    public const int DefaultCount = 50;
    public const int MaxCount = 500;

    private static readonly HashSet<string> s_strings = ["name", "given", "family"];
    private static readonly HashSet<string> s_dates = ["date", "birthdate"];

    public static string Execute(SandboxStore store, string type, IReadOnlyList<KeyValuePair<string, string>> query, string baseUrl)
    {
        if (!SearchIndex.Parameters.TryGetValue(type, out var allowed)) throw new SandboxException(404, "not-supported", $"resource type '{type}' is not supported");
        var where = new StringBuilder("r.type = $type");
        var ps = new List<(string, object)> { ("$type", type) };
        int count = DefaultCount, offset = 0;
        var sortDescending = (bool?)null;
        foreach (var (key, raw) in query)
        {
            var name = key.Split(':')[0];
            switch (name)
            {
                case "_count": count = Math.Clamp(Int(key, raw), 0, MaxCount); continue;
                case "_offset": offset = Math.Max(0, Int(key, raw)); continue;
                case "_format": continue;
                case "_sort":
                    sortDescending = raw switch { "date" => false, "-date" => true, _ => throw new SandboxException(400, "not-supported", $"_sort supports date or -date, not '{raw}'") };
                    continue;
            }
            if (!allowed.Contains(name)) throw new SandboxException(400, "not-supported", $"unknown search parameter '{key}' for {type} (supported: {string.Join(", ", allowed)})");
            var alternatives = raw.Split(',', StringSplitOptions.RemoveEmptyEntries);
            if (alternatives.Length == 0) throw new SandboxException(400, "invalid", $"search parameter '{key}' has no value");
            var ors = new List<string>();
            foreach (var alt in alternatives)
            {
                var p = $"$p{ps.Count}";
                if (s_dates.Contains(name)) ors.Add(DateCondition(alt, p, ps, key));
                else if (s_strings.Contains(name)) { ors.Add($"s.value LIKE {p}"); ps.Add((p, alt.ToLowerInvariant() + "%")); }
                else { ors.Add($"s.value = {p}"); ps.Add((p, name is "patient" or "subject" && alt.StartsWith("Patient/", StringComparison.Ordinal) ? alt[8..] : alt)); }
            }
            var pn = $"$n{ps.Count}";
            ps.Add((pn, name));
            where.Append($" AND r.id IN (SELECT s.id FROM search s WHERE s.type = $type AND s.param = {pn} AND ({string.Join(" OR ", ors)}))");
        }
        var order = sortDescending switch
        {
            null => "r.id",
            var d => $"(SELECT MAX(s.value) FROM search s WHERE s.type = r.type AND s.id = r.id AND s.param = 'date') {(d.Value ? "DESC" : "ASC")}, r.id",
        };
        using var c = store.Open();
        var total = Convert.ToInt32(Scalar(c, $"SELECT COUNT(*) FROM resource r WHERE {where}", ps), CultureInfo.InvariantCulture);
        // The Bundle is written around the stored resource JSON as is: no parse and re-serialise per entry.
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("resourceType", "Bundle");
            w.WriteString("id", Guid.NewGuid().ToString("N"));
            w.WriteString("type", "searchset");
            w.WriteNumber("total", total);
            w.WriteStartArray("link");
            WriteLink(w, "self", Link(baseUrl, type, query, offset, count));
            if (offset + count < total) WriteLink(w, "next", Link(baseUrl, type, query, offset + count, count));
            w.WriteEndArray();
            w.WriteStartArray("entry");
            using (var cmd = c.CreateCommand())
            {
                cmd.CommandText = $"SELECT r.id, r.json FROM resource r WHERE {where} ORDER BY {order} LIMIT {count} OFFSET {offset}";
                foreach (var (n, v) in ps) cmd.Parameters.AddWithValue(n, v);
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    w.WriteStartObject();
                    w.WriteString("fullUrl", $"{baseUrl}/{type}/{r.GetString(0)}");
                    w.WritePropertyName("resource");
                    w.WriteRawValue(r.GetString(1), skipInputValidation: true);
                    w.WriteStartObject("search");
                    w.WriteString("mode", "match");
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteLink(Utf8JsonWriter w, string relation, string url)
    {
        w.WriteStartObject();
        w.WriteString("relation", relation);
        w.WriteString("url", url);
        w.WriteEndObject();
    }

    private static string DateCondition(string value, string p, List<(string, object)> ps, string key)
    {
        var prefix = value.Length > 2 && char.IsLetter(value[0]) ? value[..2] : "eq";
        var date = prefix == "eq" && !char.IsLetter(value[0]) ? value : value[2..];
        if (FhirDates.Parse(date) is null || date.Length is not (4 or 7 or 10))
            throw new SandboxException(400, "invalid", $"'{key}={value}' is not a date (yyyy, yyyy-MM or yyyy-MM-dd with an optional eq/gt/lt/ge/le prefix)");
        // Compare on the prefix of the stored yyyy-MM-dd value that has the query's precision.
        var column = $"substr(s.value, 1, {date.Length})";
        ps.Add((p, date));
        return prefix switch
        {
            "eq" => $"{column} = {p}", "ne" => $"{column} <> {p}",
            "gt" => $"{column} > {p}", "lt" => $"{column} < {p}", "ge" => $"{column} >= {p}", "le" => $"{column} <= {p}",
            _ => throw new SandboxException(400, "invalid", $"unsupported date prefix '{prefix}' in '{key}={value}'"),
        };
    }

    private static string Link(string baseUrl, string type, IReadOnlyList<KeyValuePair<string, string>> query, int offset, int count)
    {
        var kept = query.Where(q => q.Key is not ("_offset" or "_count")).Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}");
        return $"{baseUrl}/{type}?{string.Join("&", kept.Append($"_count={count}").Append($"_offset={offset}"))}";
    }

    private static int Int(string key, string raw) =>
        int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new SandboxException(400, "invalid", $"'{key}' must be a whole number, got '{raw}'");

    private static object? Scalar(SqliteConnection c, string sql, List<(string, object)> ps)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (n, v) in ps) cmd.Parameters.AddWithValue(n, v);
        return cmd.ExecuteScalar();
    }
}
