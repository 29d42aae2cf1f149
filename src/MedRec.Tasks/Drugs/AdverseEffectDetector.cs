using MedRec.Core.Recommendations;
using MedRec.Knowledge.Query;
using MedRec.Tasks.Analysis;

namespace MedRec.Tasks.Drugs;

/// <summary>
/// Present findings that are known side effects of a current medication (牙龈出血 while taking warfarin):
/// the finding is matched to a SIDER term through its Chinese (CHPO) label, then to the medication's side_effect edges.
/// </summary>
public sealed class AdverseEffectDetector(KnowledgeGraph kg)
{
    public IReadOnlyList<SafetyWarning> Detect(CaseAnalysis analysis)
    {
        var warnings = new List<SafetyWarning>();
        var meds = analysis.Medications.Where(m => m.Medication.Active && m.Drug is not null).ToList();
        if (meds.Count == 0) return warnings;
        foreach (var f in analysis.Findings.Where(f => f.Finding.Present))
        {
            var names = new[] { f.Finding.Name, f.Symptom?.Name }.OfType<string>().Distinct().ToList();
            foreach (var med in meds)
            {
                var ids = string.Join(',', med.All.Select(e => e.Id));
                var sql = $"""
                    SELECT e.name, MAX(r.frequency) FROM relation r JOIN entity e ON e.id = r.tail_id
                    WHERE r.head_id IN ({ids}) AND r.type_id = (SELECT id FROM relation_type WHERE name = 'side_effect')
                      AND e.id IN (SELECT entity_id FROM alias WHERE kind = 'chinese' AND alias IN ($a, $b))
                    GROUP BY e.id LIMIT 1
                    """;
                using var cmd = kg.Command(sql, ("$a", names[0]), ("$b", names.Count > 1 ? names[1] : names[0]));
                using var r = cmd.ExecuteReader();
                if (!r.Read()) continue;
                var freq = r.IsDBNull(1) ? "" : $"，说明书频率 ≥ {r.GetDouble(1):P0}";
                warnings.Add(new SafetyWarning("adverse_effect", "moderate",
                    $"{f.Finding.Name}可能是在用药物{med.Display}的不良反应（SIDER: {r.GetString(0)}{freq}）",
                    [f.Finding.Name, med.Display], "sider"));
            }
        }
        return warnings;
    }
}
