using System.Globalization;
using System.Reflection;

namespace MedRec.Knowledge.Build.Importers;

/// <summary>
/// Joins Chinese drugs to English drugs (same_drug edges): a curated seed list and the originator-drug table
/// give exact pairs; otherwise an ATC level-4 class holding exactly one Chinese and one English drug is paired.
/// English drugs get full ATC codes from the WHO ATC names. Coverage per English source goes to meta.
/// </summary>
public sealed class AtcJoinImporter(EnglishDrugs drugs) : IKgImporter
{
    public const string Source = "atc-join";

    public string Name => Source;

    public void Import(string dataDir, KgWriter w, CancellationToken ct)
    {
        foreach (var r in TableReader.Read(Path.Combine(dataDir, "code-mappings-ethos", "atc_coding.csv")))
        {
            var code = r["atc_code"].Trim();
            if (code.Length == 7 && drugs.TryGet(r["atc_name"], out var id) && w.Row(id).Code is null)
            {
                w.Row(id).Code = code;
                w.Row(id).CodeSystem = "ATC";
            }
        }
        foreach (var (zh, en, source, brandOf) in SeedPairs(dataDir))
        {
            if (brandOf is not null)
            {
                if (w.TryGet("drug", brandOf, out var gid)) w.Alias(gid, zh, "brand", source);
                continue;
            }
            if (!w.TryGet("drug", zh, out var zid)) zid = w.Entity("drug", zh, source);
            Pair(w, zid, drugs.Get(en, source), source, 1.0);
        }
        var english = w.Entities.Where(e => e.Type == "drug" && e.CodeSystem == "ATC" && e.Code is { Length: 7 })
            .GroupBy(e => e.Code![..5]).ToDictionary(g => g.Key, g => g.ToList());
        var chinese = w.Entities.Where(e => e.Type == "drug" && e.CodeSystem == "ATC4" && e.Code is { Length: 5 })
            .GroupBy(e => e.Code!).ToList();
        foreach (var g in chinese)
            if (g.Count() == 1 && english.TryGetValue(g.Key, out var en) && en.Count == 1)
                Pair(w, g.First().Id, en[0].Id, "atc-class-unique", 0.7);

        var paired = w.Relations.Where(r => r.Type == "same_drug").Select(r => r.Tail).ToHashSet();
        foreach (var src in new[] { "ddinter", "drugbank", "sider", "crescenddi" })
        {
            var all = w.Entities.Where(e => e.Type == "drug" && e.Sources.Contains(src)).ToList();
            var pct = all.Count == 0 ? 0 : 100.0 * all.Count(e => paired.Contains(e.Id)) / all.Count;
            w.Meta[$"atc_coverage_{src}"] = pct.ToString("F1", CultureInfo.InvariantCulture);
        }
        var zhDrugs = w.Entities.Where(e => e.Type == "drug" && e.NameEn is null).ToList();
        w.Meta["chinese_drugs_with_atc"] = (100.0 * zhDrugs.Count(e => e.CodeSystem is "ATC4" or "ATC") / Math.Max(1, zhDrugs.Count)).ToString("F1", CultureInfo.InvariantCulture);
    }

    private static void Pair(KgWriter w, long zh, long en, string source, double confidence)
    {
        if (zh == en) return;
        w.Relation(zh, "same_drug", en, source, confidence);
        var zr = w.Row(zh);
        var er = w.Row(en);
        zr.NameEn ??= er.Name;
        w.Alias(zh, er.Name, "english", source);
        if (er.Code is { Length: 7 } && zr.CodeSystem != "ATC") { zr.Code = er.Code; zr.CodeSystem = "ATC"; }
    }

    private static IEnumerable<(string Zh, string En, string Source, string? BrandOf)> SeedPairs(string dataDir)
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("zh-en-common-drugs.tsv")!;
        using var reader = new StreamReader(s);
        var list = new List<(string, string, string, string?)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var parts = line.Split('\t');
            if (parts.Length == 2) list.Add((parts[0], parts[1], "medrec-seed", null));
        }
        var path = Path.Combine(dataDir, "zh-en-drug-names", "yuanyanyao_originator_drugs_zh_en.csv");
        if (File.Exists(path))
            foreach (var r in TableReader.Read(path))
                if (TextClean.Name(r["genericName"]) is { } zh && r["who_inn"].Trim() is { Length: > 0 } en)
                {
                    list.Add((zh, en, "zh-en-drug-names", null));
                    foreach (var brand in new[] { r["brandName"], r["productName"] })
                        if (TextClean.Name(brand) is { } b && b != zh) list.Add((b, en, "zh-en-drug-names", zh));
                }
        return list;
    }
}
