namespace MedRec.Knowledge.Build.Importers;

/// <summary>
/// 39健康网 disease table. Diseases are merged into xywy's by name, then by alias (either side's aliases);
/// the number merged is recorded in meta as merged_xywy_39health.
/// </summary>
public sealed class Health39Importer : IKgImporter
{
    public const string Source = "39health";
    private const double Confidence = 0.8;

    public string Name => Source;

    public void Import(string dataDir, KgWriter w, CancellationToken ct)
    {
        var dir = Path.Combine(dataDir, "39health-disease-kg", "data");
        var aliasToDisease = w.Aliases.Where(a => w.Row(a.EntityId).Type == "disease")
            .GroupBy(a => a.Alias).ToDictionary(g => g.Key, g => g.First().EntityId);
        int merged = 0, total = 0;
        var seen = new HashSet<string>();
        foreach (var row in TableReader.Read(Path.Combine(dir, "disease.csv")))
        {
            ct.ThrowIfCancellationRequested();
            var name = TextClean.Name(row["name"]);
            if (name is null || !seen.Add(name)) continue;
            total++;
            var aliases = TextClean.SplitList(row["alias"]).Select(TextClean.Name).OfType<string>().ToList();
            long d;
            if (w.TryGet("disease", name, out d) && w.Row(d).Sources.Contains(XywyImporter.Source)) merged++;
            else if (FindByAlias(w, name, aliases, aliasToDisease) is { } viaAlias) { d = viaAlias; merged++; w.Alias(d, name, "alias", Source); }
            else d = w.Entity("disease", name, Source);
            w.Row(d).Sources.Add(Source);
            foreach (var a in aliases) w.Alias(d, a, "alias", Source);

            foreach (var part in TextClean.SplitList(row["part"]))
                if (TextClean.Name(part) is { } p) w.Relation(d, "located_in", w.Entity("body_part", p, Source), Source, Confidence);
            foreach (var dep in TextClean.SplitList(row["department"]))
                if (TextClean.Name(dep) is { } dn) w.Relation(d, "in_department", w.Entity("department", dn, Source), Source, Confidence);
            foreach (var c in TextClean.SplitList(row["checklist"]))
                if (TextClean.Name(c) is { } cn) w.Relation(d, "needs_check", w.Entity("check", cn, Source), Source, Confidence);
            foreach (var s in TextClean.SplitList(row["symptom"]))
                if (TextClean.Name(s) is { } sn) w.Relation(d, "has_symptom", w.Entity("symptom", SymptomSynonyms.Normalise(sn), Source), Source, Confidence);
            foreach (var c in TextClean.SplitList(row["complication"]))
                if (TextClean.Name(c) is { } cn) w.Relation(d, "complication", w.Entity("disease", cn, Source), Source, Confidence);
            foreach (var drug in TextClean.SplitList(row["drug"]))
                if (XywyImporter.AddDrug(w, drug, Source) is { } drugId) w.Relation(d, "common_drug", drugId, Source, Confidence * 0.9);
            if (TextClean.Short(row["age"], 80) is { Length: > 0 } age) w.DiseaseInfo.Add((d, "susceptible_people", age, Source));
            if (TextClean.Short(row["infection"], 40) is { Length: > 0 } inf) w.DiseaseInfo.Add((d, "infectious", inf, Source));
        }
        foreach (var n in TableReader.Lines(Path.Combine(dir, "symptom_vocab.txt")))
            if (TextClean.Name(n) is { } s) w.Entity("symptom", SymptomSynonyms.Normalise(s), Source);
        w.Meta["merged_xywy_39health"] = merged.ToString(System.Globalization.CultureInfo.InvariantCulture);
        w.Meta["diseases_39health"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long? FindByAlias(KgWriter w, string name, List<string> aliases, Dictionary<string, long> aliasToDisease)
    {
        if (aliasToDisease.TryGetValue(name, out var byTheirAlias)) return byTheirAlias;
        foreach (var a in aliases)
            if (w.TryGet("disease", a, out var id) && w.Row(id).Sources.Contains(XywyImporter.Source)) return id;
        return null;
    }
}
