using MedRec.Core.Recommendations;
using MedRec.Knowledge.Query;
using MedRec.Tasks.Analysis;

namespace MedRec.Tasks.Drugs;

/// <summary>Known side effects of the patient's current medications (SIDER label frequencies; Chinese labels from CHPO where known).</summary>
public sealed class SideEffectLister(KnowledgeGraph kg)
{
    public IReadOnlyList<Recommendation> List(IEnumerable<ResolvedDrug> medications, int perDrug = 5)
    {
        var list = new List<Recommendation>();
        foreach (var med in medications)
        {
            var ids = med.All.Select(e => e.Id).ToList();
            if (ids.Count == 0) continue;
            var sql = $"""
                SELECT e.name, MAX(r.frequency) f, (SELECT alias FROM alias a WHERE a.entity_id = e.id AND a.kind = 'chinese' LIMIT 1) zh
                FROM relation r JOIN entity e ON e.id = r.tail_id
                WHERE r.head_id IN ({string.Join(',', ids)}) AND r.type_id = (SELECT id FROM relation_type WHERE name = 'side_effect')
                GROUP BY e.id ORDER BY f IS NULL, f DESC, e.name LIMIT {perDrug}
                """;
            using var cmd = kg.Command(sql);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var name = r.IsDBNull(2) ? r.GetString(0) : $"{r.GetString(2)}（{r.GetString(0)}）";
                double? freq = r.IsDBNull(1) ? null : r.GetDouble(1);
                list.Add(new Recommendation
                {
                    Kind = "side_effect", Name = name, Score = freq ?? 0,
                    Evidence = [new Evidence("kg_edge", $"{med.Display} → side_effect → {r.GetString(0)}" + (freq is { } f ? $"（说明书频率 ≥ {f:P0}）" : "（频率未标注）"), "sider", freq)],
                    Flags = [med.Medication.Name],
                });
            }
        }
        return list;
    }
}
