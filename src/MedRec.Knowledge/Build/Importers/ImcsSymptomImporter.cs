namespace MedRec.Knowledge.Build.Importers;

/// <summary>IMCS-21 normalised symptom names, plus lay-wording aliases for every KG symptom (头痛 ← 头疼).</summary>
public sealed class ImcsSymptomImporter : IKgImporter
{
    public const string Source = "imcs21";

    public string Name => Source;

    public void Import(string dataDir, KgWriter w, CancellationToken ct)
    {
        foreach (var r in TableReader.Read(Path.Combine(dataDir, "imcs21-meta", "dataset", "symptom_norm.csv")))
            if (TextClean.Name(r[0]) is { } name) w.Entity("symptom", name, Source);
        foreach (var (lay, canonical) in SymptomSynonyms.Terms)
            if (w.TryGet("symptom", canonical, out var id)) w.Alias(id, lay, "synonym", "medrec-synonyms");
        foreach (var e in w.Entities.Where(e => e.Type == "symptom").ToList())
            foreach (var v in SymptomSynonyms.LayVariants(e.Name))
                if (!w.TryGet("symptom", v, out _)) w.Alias(e.Id, v, "synonym", "medrec-synonyms");
    }
}
