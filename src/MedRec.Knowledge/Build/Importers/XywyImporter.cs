using System.Text.Json;
using MedRec.Core.Common;

namespace MedRec.Knowledge.Build.Importers;

/// <summary>寻医问药 (xywy) disease records and the liuhuanyong entity dictionaries.</summary>
public sealed class XywyImporter : IKgImporter
{
    public const string Source = "xywy";
    private const double Confidence = 0.8;

    public string Name => Source;

    public void Import(string dataDir, KgWriter w, CancellationToken ct)
    {
        var dir = Path.Combine(dataDir, "xywy-disease-kg");
        using (var reader = new StreamReader(DataPaths.OpenData(Path.Combine(dir, "medical.jsonl"))))
        {
            while (reader.ReadLine() is { } line)
            {
                ct.ThrowIfCancellationRequested();
                if (line.Length == 0) continue;
                using var doc = JsonDocument.Parse(line);
                ImportRecord(doc.RootElement, w);
            }
        }
        foreach (var (file, type) in new[] { ("symptom", "symptom"), ("check", "check"), ("department", "department"), ("food", "food"), ("disease", "disease") })
            foreach (var n in TableReader.Lines(Path.Combine(dir, "dict", file + ".txt")))
                if (TextClean.Name(n) is { } name) w.Entity(type, type == "symptom" ? SymptomSynonyms.Normalise(name) : name, Source);
        foreach (var n in TableReader.Lines(Path.Combine(dir, "dict", "drug.txt")))
            AddDrug(w, n);
    }

    /// <summary>A product or drug string → its generic drug entity, with the product kept as a brand alias.</summary>
    internal static long? AddDrug(KgWriter w, string product, string source = Source)
    {
        var generic = DrugNames.Generic(product);
        if (generic is null) return null;
        var id = w.Entity("drug", generic, source);
        var clean = TextClean.Name(product);
        if (clean is not null && clean != generic) w.Alias(id, clean, "brand", source);
        return id;
    }

    private static void ImportRecord(JsonElement r, KgWriter w)
    {
        var g = r.GetProperty("gaishu_info");
        var name = TextClean.Name(Str(g, "name"));
        if (name is null) return;
        var d = w.Entity("disease", name, Source);

        foreach (var s in List(r, "symptom_data", "symptoms"))
            if (TextClean.Name(s) is { } sym) w.Relation(d, "has_symptom", w.Entity("symptom", SymptomSynonyms.Normalise(sym), Source), Source, Confidence);
        if (r.TryGetProperty("inspect_info", out var checks) && checks.ValueKind == JsonValueKind.Array)
            foreach (var c in checks.EnumerateArray())
                if (TextClean.Name(c.GetString()) is { } check) w.Relation(d, "needs_check", w.Entity("check", check, Source), Source, Confidence);
        foreach (var dep in TextClean.PyList(Str(g, "belongs_to_department")))
            if (TextClean.Name(dep) is { } dn) w.Relation(d, "in_department", w.Entity("department", dn, Source), Source, Confidence);
        foreach (var c in TextClean.PyList(Str(g, "has_complication")))
            if (TextClean.Name(c) is { } cn) w.Relation(d, "complication", w.Entity("disease", cn, Source), Source, Confidence);
        foreach (var drug in TextClean.PyList(Str(g, "common_drug")))
            if (AddDrug(w, drug) is { } drugId) w.Relation(d, "common_drug", drugId, Source, Confidence * 0.9);
        if (r.TryGetProperty("food_info", out var food))
        {
            foreach (var (field, rel) in new[] { ("good_food", "good_food"), ("avoid_food", "avoid_food") })
                foreach (var f in TextClean.PyList(Str(food, field)))
                    if (TextClean.Name(f) is { } fn) w.Relation(d, rel, w.Entity("food", fn, Source), Source, Confidence);
        }
        Info(w, d, "prevalence", Str(g, "disease_ratio"), 40);
        Info(w, d, "susceptible_people", Str(g, "susceptible_people"), 80);
        Info(w, d, "transmission", Str(g, "transmission_way"), 60);
        Info(w, d, "treat_cycle", Str(g, "treat_cycle"), 40);
        Info(w, d, "cure_rate", Str(g, "cure_prob"), 40);
        Info(w, d, "insurance", Str(g, "medical_insurance"), 20);
        Info(w, d, "treatment", string.Join("、", TextClean.PyList(Str(g, "treat_way"))), 80);
        Info(w, d, "prevention", r.TryGetProperty("prevent_info", out var p) ? p.GetString() : null, 100);
    }

    private static void Info(KgWriter w, long d, string field, string? value, int max)
    {
        var v = TextClean.Short(value, max);
        if (v.Length > 0) w.DiseaseInfo.Add((d, field, v, Source));
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString() : null;

    private static IEnumerable<string> List(JsonElement r, string block, string field) =>
        r.TryGetProperty(block, out var b) ? TextClean.PyList(Str(b, field)) : [];
}
