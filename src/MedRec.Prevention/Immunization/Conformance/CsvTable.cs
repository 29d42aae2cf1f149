using System.Text;

namespace MedRec.Prevention.Immunization.Conformance;

/// <summary>Minimal RFC 4180 reader (quoted fields with commas, doubled quotes and newlines) into header-keyed rows.</summary>
public static class CsvTable
{
    public static List<Dictionary<string, string>> Read(TextReader reader)
    {
        var records = ReadRecords(reader).ToList();
        if (records.Count == 0) return [];
        var header = records[0].Select(h => h.Trim()).ToList();
        return records.Skip(1).Where(r => r.Any(f => f.Length > 0)).Select(r =>
        {
            var row = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count; i++) row[header[i]] = i < r.Count ? r[i].Trim() : "";
            return row;
        }).ToList();
    }

    private static IEnumerable<List<string>> ReadRecords(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"') field.Append(ch);
                else if (reader.Peek() == '"') field.Append((char)reader.Read());
                else quoted = false;
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r')); field.Clear();
                yield return fields;
                fields = [];
            }
            else field.Append(ch);
        }
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); yield return fields; }
    }
}
