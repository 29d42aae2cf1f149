using System.Reflection;

namespace MedRec.Prevention.Lifestyle;

/// <summary>
/// SNOMED CT condition codes → ICD-10 category and the Chinese disease name the KG uses, so US records (Synthea,
/// coded in SNOMED with English names) reach the Chinese KG's lifestyle advice. A small hand-curated table
/// (Lifestyle/Resources/snomed-icd10-zh.tsv, provenance in its header), not a full SNOMED map.
/// </summary>
public static class SnomedCrosswalk
{
    public sealed record Entry(string Snomed, string Icd10, string NameZh, string Display);

    private static readonly Lazy<IReadOnlyDictionary<string, Entry>> s_entries = new(Load);

    public static Entry? Find(string? snomed) => snomed is not null && s_entries.Value.TryGetValue(snomed, out var e) ? e : null;

    public static int Count => s_entries.Value.Count;

    private static IReadOnlyDictionary<string, Entry> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("snomed-icd10-zh.tsv")
            ?? throw new InvalidOperationException("embedded resource snomed-icd10-zh.tsv missing");
        using var reader = new StreamReader(stream);
        var entries = new Dictionary<string, Entry>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            entries[f[0]] = new Entry(f[0], f[1], f[2], f[3]);
        }
        return entries;
    }
}
