using System.Globalization;

namespace MedRec.Knowledge.Build.Importers;

/// <summary>
/// DrugBank DDI (86 interaction types). The interaction sentence is stored once per type as a template with
/// #Drug1/#Drug2 (readers fill in the names). Rows of the upstream "test" split are left out: the README treats
/// every split named test as evaluation data.
/// </summary>
public sealed class DrugbankImporter(EnglishDrugs drugs) : IKgImporter
{
    public const string Source = "drugbank";

    public string Name => Source;

    public void Import(string dataDir, KgWriter w, CancellationToken ct)
    {
        var dir = Path.Combine(dataDir, "drugbank-ddi-deepddi");
        var templates = TableReader.Read(Path.Combine(dir, "ddi_types_86.csv"))
            .ToDictionary(r => r["type_id"], r => r["template"]);
        var ids = new Dictionary<string, long>();
        int skippedTest = 0;
        foreach (var r in TableReader.Read(Path.Combine(dir, "drugbank_ddi_192k.csv")))
        {
            ct.ThrowIfCancellationRequested();
            if (r["split"] == "test") { skippedTest++; continue; }
            if (r["drug1_name"].Length == 0 || r["drug2_name"].Length == 0) continue;
            var a = drugs.Get(r["drug1_name"], Source);
            var b = drugs.Get(r["drug2_name"], Source);
            ids.TryAdd(r["drug1_drugbank_id"], a);
            ids.TryAdd(r["drug2_drugbank_id"], b);
            var template = templates.GetValueOrDefault(r["type_id"], "#Drug1 interacts with #Drug2.");
            w.Relation(a, "interacts_with", b, Source, 1.0, null, template, shareDetail: true);
        }
        w.Meta["drugbank_test_rows_excluded"] = skippedTest.ToString(CultureInfo.InvariantCulture);
        foreach (var r in TableReader.Read(Path.Combine(dir, "drugbank_vocabulary_cc0.csv")))
        {
            if (!ids.TryGetValue(r["DrugBank ID"], out var id)) continue;
            foreach (var syn in r["Synonyms"].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(4))
                if (syn.Length <= 40 && syn.All(c => c < 0x250)) w.Alias(id, syn, "english", Source);
        }
    }
}
