namespace MedRec.Knowledge.Build.Importers;

/// <summary>CRESCENDDI positive controls: drug pair → adverse event, with Micromedex/BNF severity.</summary>
public sealed class CrescenddiImporter(EnglishDrugs drugs) : IKgImporter
{
    public const string Source = "crescenddi";

    public string Name => Source;

    public void Import(string dataDir, KgWriter w, CancellationToken ct)
    {
        foreach (var r in TableReader.Read(Path.Combine(dataDir, "crescenddi", "dr1_ddi_positive_controls.csv")))
        {
            if (r["DRUG_1_CONCEPT_NAME"].Length == 0 || r["DRUG_2_CONCEPT_NAME"].Length == 0) continue;
            var a = drugs.Get(r["DRUG_1_CONCEPT_NAME"], Source);
            var b = drugs.Get(r["DRUG_2_CONCEPT_NAME"], Source);
            var (h, t) = a < b ? (a, b) : (b, a);
            w.Relation(h, "interacts_with", t, Source, 0.9, Severity(r), $"adverse event: {r["EVENT_CONCEPT_NAME"]}", shareDetail: true);
        }
    }

    private static string Severity(TableReader.Row r)
    {
        var mm = r["MICROMEDEX_SEV_LEVEL"].ToLowerInvariant();
        if (mm is "contraindicated" or "major") return "major";
        if (mm is "moderate" or "minor") return mm;
        return r["BNF_SEV_LEVEL"].ToLowerInvariant() switch { "severe" => "major", "moderate" => "moderate", "mild" => "minor", _ => "unknown" };
    }
}
