namespace MedRec.Knowledge.Build.Importers;

/// <summary>NHSA drug classification: Chinese western drugs with their ATC level-4 class; 中成药 with NHSA classes.</summary>
public sealed class NhsaImporter : IKgImporter
{
    public const string Source = "nhsa";

    public string Name => Source;

    public void Import(string dataDir, KgWriter w, CancellationToken ct)
    {
        var dir = Path.Combine(dataDir, "nhsa-drug-atc-zh");
        foreach (var r in TableReader.Read(Path.Combine(dir, "western_drugs_atc_zh.csv")))
        {
            if (TextClean.Name(r["西药药品名称"]) is not { } name) continue;
            var id = w.Entity("drug", name, Source);
            var atc4 = r["药品分类"].TrimStart('X');
            var row = w.Row(id);
            if (atc4.Length == 5 && (row.Code is null || row.CodeSystem != "ATC"))
            {
                row.Code = atc4;
                row.CodeSystem = "ATC4";
            }
        }
        foreach (var r in TableReader.Read(Path.Combine(dir, "tcm_patent_drugs_zh.csv")))
        {
            if (TextClean.Name(r["中成药药品名称"]) is not { } name) continue;
            var row = w.Row(w.Entity("drug", name, Source));
            row.Code ??= r["中成药药品类别代码"];
            row.CodeSystem ??= "NHSA-TCM";
        }
    }
}
