using System.Globalization;

namespace MedRec.Knowledge.Build.Importers;

/// <summary>SIDER 4.1 drug → side effect (MedDRA preferred term) with the label frequency band; ATC codes.</summary>
public sealed class SiderImporter(EnglishDrugs drugs) : IKgImporter
{
    public const string Source = "sider";

    public string Name => Source;

    public void Import(string dataDir, KgWriter w, CancellationToken ct)
    {
        foreach (var r in TableReader.Read(Path.Combine(dataDir, "sider-4.1", "sider_drug_pt_summary.tsv"), "\t"))
        {
            ct.ThrowIfCancellationRequested();
            if (r["drug_name"].Length == 0 || r["pt_name"].Length == 0) continue;
            var drug = drugs.Get(r["drug_name"], Source);
            var row = w.Row(drug);
            var atc = r["atc_codes"].Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (row.Code is null && atc is { Length: 7 }) { row.Code = atc; row.CodeSystem = "ATC"; }
            var se = w.Entity("side_effect", r["pt_name"].Trim(), Source);
            w.Row(se).NameEn ??= r["pt_name"].Trim();
            w.Row(se).Code ??= r["umls_cui_pt"];
            w.Row(se).CodeSystem ??= "UMLS";
            double? freq = double.TryParse(r["freq_lower_min"], NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : null;
            var band = r["freq_descriptions"];
            w.Relation(drug, "side_effect", se, Source, 1.0, null, band.Length == 0 ? null : $"label frequency: {band}", freq, shareDetail: true);
        }
    }
}
