using MedRec.Core.Cases;
using MedRec.Knowledge.Query;
using MedRec.Tasks.Analysis;

namespace MedRec.Tasks.Drugs;

/// <summary>
/// Maps a drug name (generic, brand, product, Chinese or English) to KG drug entities and their equivalents
/// across sources. Product suffixes (片/胶囊/注射液…) are stripped when the full name is unknown.
/// </summary>
public sealed class DrugResolver(KnowledgeGraph kg)
{
    private static readonly string[] s_forms =
        ["缓释片", "控释片", "肠溶片", "分散片", "咀嚼片", "泡腾片", "颗粒", "胶囊", "注射液", "口服液", "混悬液", "糖浆", "软膏", "乳膏", "滴眼液", "气雾剂", "片", "钠", "钾", "盐酸", "硫酸"];

    public ResolvedDrug Resolve(Medication medication) => Resolve(medication, medication.Name);

    public ResolvedDrug Resolve(Medication medication, string name)
    {
        var drug = Lookup(name.Trim());
        if (drug is null && medication.Code is { Length: > 0 } code) drug = ByCode(code);
        return new ResolvedDrug(medication, drug, drug is null ? [] : Equivalents(drug));
    }

    public KgEntity? Lookup(string name)
    {
        foreach (var candidate in Variants(name))
            if (kg.Find(candidate, "drug").FirstOrDefault() is { } e) return e;
        return null;
    }

    private static IEnumerable<string> Variants(string name)
    {
        yield return name;
        var stripped = name;
        foreach (var f in s_forms)
        {
            if (stripped.EndsWith(f, StringComparison.Ordinal) && stripped.Length > f.Length + 1) stripped = stripped[..^f.Length];
            if (stripped.StartsWith(f, StringComparison.Ordinal) && stripped.Length > f.Length + 1) stripped = stripped[f.Length..];
        }
        if (stripped != name) yield return stripped;
    }

    private KgEntity? ByCode(string code)
    {
        using var cmd = kg.Command("SELECT id, type, name, name_en, code, code_system FROM entity WHERE type = 'drug' AND code = $c LIMIT 1", ("$c", code));
        return KnowledgeGraph.ReadEntities(cmd).FirstOrDefault();
    }

    /// <summary>The same substance under other names: equal English name, equal full ATC code, or a same_drug edge.</summary>
    public IReadOnlyList<KgEntity> Equivalents(KgEntity drug)
    {
        const string sql = """
            SELECT DISTINCT e.id, e.type, e.name, e.name_en, e.code, e.code_system FROM entity e
            WHERE e.type = 'drug' AND e.id <> $id AND (
                 ($en IS NOT NULL AND (e.name = $en COLLATE NOCASE OR e.name_en = $en COLLATE NOCASE
                   OR e.id IN (SELECT entity_id FROM alias WHERE alias = $en)))
              OR ($atc IS NOT NULL AND length($atc) = 7 AND e.code = $atc)
              OR e.id IN (SELECT tail_id FROM relation WHERE head_id = $id AND type_id = (SELECT id FROM relation_type WHERE name = 'same_drug'))
              OR e.id IN (SELECT head_id FROM relation WHERE tail_id = $id AND type_id = (SELECT id FROM relation_type WHERE name = 'same_drug')))
            """;
        var atc = drug.CodeSystem == "ATC" ? drug.Code : null;
        using var cmd = kg.Command(sql, ("$id", drug.Id), ("$en", drug.NameEn), ("$atc", atc));
        return KnowledgeGraph.ReadEntities(cmd);
    }
}
