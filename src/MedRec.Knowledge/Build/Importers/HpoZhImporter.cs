namespace MedRec.Knowledge.Build.Importers;

/// <summary>Chinese labels (CHPO) for side effects whose English MedDRA term equals an HPO label.</summary>
public sealed class HpoZhImporter : IKgImporter
{
    public const string Source = "hpo-zh";

    public string Name => Source;

    public void Import(string dataDir, KgWriter w, CancellationToken ct)
    {
        var zh = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in TableReader.Read(Path.Combine(dataDir, "hpo-zh-translation", "hp-zh.babelon.tsv"), "\t"))
            if (r["predicate_id"] == "rdfs:label" && r["translation_value"].Length > 0)
                zh.TryAdd(r["source_value"].Trim(), r["translation_value"].Trim());
        var n = 0;
        foreach (var e in w.Entities.Where(e => e.Type == "side_effect").ToList())
            if (zh.TryGetValue(e.Name, out var label)) { w.Alias(e.Id, label, "chinese", Source); n++; }
        w.Meta["side_effects_with_chinese_label"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
