using MedRec.Core.Cases;
using MedRec.Knowledge.Query;

namespace MedRec.Prevention.Lifestyle;

/// <summary>
/// Lifestyle and prevention advice for the patient's active conditions from the KG: the short prevention summary,
/// foods to favour and to avoid (xywy/39health). Conditions map to KG diseases by Chinese name or alias, else by
/// ICD-10 code (I10 → I10.x…); SNOMED-coded conditions go through <see cref="SnomedCrosswalk"/> first. Conditions the
/// KG does not know are listed as unmapped.
/// </summary>
public sealed class LifestyleAdvisor(KnowledgeGraph kg)
{
    public (IReadOnlyList<LifestyleAdvice> Advice, IReadOnlyList<string> Unmapped) Advise(PatientCase c, int foods = 5)
    {
        var advice = new List<LifestyleAdvice>();
        var unmapped = new List<string>();
        foreach (var condition in c.Conditions.Where(x => x.Active).DistinctBy(x => x.Name))
        {
            if (Disease(condition) is not { } d) { unmapped.Add(condition.Name); continue; }
            using (var cmd = kg.Command("SELECT value, source FROM disease_info WHERE entity_id = $id AND field = 'prevention' LIMIT 1", ("$id", d.Id)))
            using (var r = cmd.ExecuteReader())
                if (r.Read()) advice.Add(new LifestyleAdvice(d.Name, "prevention", r.GetString(0), r.GetString(1)));
            foreach (var (rel, kind) in new[] { ("good_food", "宜吃"), ("avoid_food", "忌吃") })
            {
                var edges = kg.Out(d.Id, rel).Take(foods).ToList();
                if (edges.Count > 0)
                    advice.Add(new LifestyleAdvice(d.Name, rel, $"{kind}：{string.Join("、", edges.Select(e => e.Neighbour.Name))}", string.Join(",", edges.Select(e => e.Source).Distinct())));
            }
        }
        return (advice, unmapped);
    }

    private KgEntity? Disease(Condition c)
    {
        if (c.CodeSystem == "SNOMED" && SnomedCrosswalk.Find(c.Code) is { } x)
            c = c with { Name = x.NameZh, Code = x.Icd10, CodeSystem = "ICD-10" };
        if (kg.Find(c.Name, "disease").FirstOrDefault() is { } byName) return byName;
        if (c.Code is not { Length: >= 3 } code || c.CodeSystem is not ("ICD-10" or "ICD-10-CM" or "ICD-10-CN-2.0")) return null;
        var dotted = code.Contains('.') ? code : code.Length > 3 ? $"{code[..3]}.{code[3..]}" : code;
        using var cmd = kg.Command("""
            SELECT e.id, e.type, e.name, e.name_en, e.code, e.code_system FROM entity e
            WHERE e.type = 'disease' AND (e.code = $c OR e.code LIKE $p)
              AND EXISTS (SELECT 1 FROM disease_info i WHERE i.entity_id = e.id)
            ORDER BY length(e.name) LIMIT 1
            """, ("$c", dotted), ("$p", dotted + "%"));
        return KnowledgeGraph.ReadEntities(cmd).FirstOrDefault();
    }
}
