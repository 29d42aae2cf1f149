using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MedRec.Core.Common;

namespace MedRec.Knowledge.Build;

/// <summary>Rows of a CSV/TSV data file (plain or .gz) as field arrays, with the header for lookups.</summary>
public static class TableReader
{
    public sealed record Row(string[] Fields, IReadOnlyDictionary<string, int> Header)
    {
        public string this[string column] => Header.TryGetValue(column, out var i) && i < Fields.Length ? Fields[i] : "";
        public string this[int index] => index < Fields.Length ? Fields[index] : "";
    }

    public static IEnumerable<Row> Read(string path, string delimiter = ",", bool hasHeader = true)
    {
        using var reader = new StreamReader(DataPaths.OpenData(path));
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter, HasHeaderRecord = hasHeader, BadDataFound = null, MissingFieldFound = null,
            Mode = delimiter == "\t" ? CsvMode.NoEscape : CsvMode.RFC4180,
        };
        using var csv = new CsvReader(reader, config);
        IReadOnlyDictionary<string, int> header = new Dictionary<string, int>();
        if (hasHeader && csv.Read())
        {
            csv.ReadHeader();
            header = csv.HeaderRecord!.Select((h, i) => (h, i)).GroupBy(x => x.h).ToDictionary(g => g.Key, g => g.First().i);
        }
        while (csv.Read())
            yield return new Row(csv.Parser.Record ?? [], header);
    }

    /// <summary>Non-empty trimmed lines of a text file (BOM stripped).</summary>
    public static IEnumerable<string> Lines(string path)
    {
        using var reader = new StreamReader(DataPaths.OpenData(path));
        while (reader.ReadLine() is { } line)
        {
            var t = line.Trim().Trim('\uFEFF');
            if (t.Length > 0) yield return t;
        }
    }
}
