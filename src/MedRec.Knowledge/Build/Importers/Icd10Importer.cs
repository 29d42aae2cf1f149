namespace MedRec.Knowledge.Build.Importers;

/// <summary>
/// ICD-10 国家临床版 2.0: codes for KG diseases matched by name or alias; every main code (no "x" extension)
/// that matches nothing becomes a disease of its own; unmatched extension titles become aliases of their main code.
/// </summary>
public sealed class Icd10Importer : IKgImporter
{
    public const string Source = "icd10-cn";
    public const string CodeSystem = "ICD-10-CN-2.0";

    public string Name => Source;

    public void Import(string dataDir, KgWriter w, CancellationToken ct)
    {
        var aliasToDisease = w.Aliases.Where(a => w.Row(a.EntityId).Type == "disease")
            .GroupBy(a => a.Alias).ToDictionary(g => g.Key, g => g.First().EntityId);
        var byCode = new Dictionary<string, long>();
        int matched = 0, added = 0;
        var rows = TableReader.Read(Path.Combine(dataDir, "cn-icd10-nmpa", "icd10_clinical_v2.csv"))
            .Select(r => (Code: r[0].Trim(), Title: TextClean.Clean(r[1])))
            .Where(r => r.Code.Length > 0 && r.Title.Length > 0)
            .OrderBy(r => r.Code.Contains('x') ? 1 : 0).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        foreach (var (code, title) in rows)
        {
            ct.ThrowIfCancellationRequested();
            var isMain = !code.Contains('x');
            long id;
            if (w.TryGet("disease", title, out id) || aliasToDisease.TryGetValue(title, out id))
            {
                var row = w.Row(id);
                if (row.Code is null) { row.Code = code; row.CodeSystem = CodeSystem; matched++; }
                row.Sources.Add(Source);
            }
            else if (isMain)
            {
                id = w.Entity("disease", title, Source);
                w.Row(id).Code = code;
                w.Row(id).CodeSystem = CodeSystem;
                added++;
            }
            else if (byCode.TryGetValue(code[..code.IndexOf('x')], out var main))
            {
                w.Alias(main, title, "synonym", Source);
                continue;
            }
            else continue;
            if (isMain) byCode.TryAdd(code, id);
        }
        w.Meta["icd10_matched_kg_diseases"] = matched.ToString(System.Globalization.CultureInfo.InvariantCulture);
        w.Meta["icd10_added_diseases"] = added.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
