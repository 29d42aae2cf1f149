using MedRec.Knowledge.Query;

namespace MedRec.Tasks.Drugs;

/// <summary>
/// Looks up interacts_with edges between two sets of drug entities (each a substance with its cross-source
/// equivalents), in both directions, and merges what DDInter (severity), CRESCENDDI (adverse event) and DrugBank
/// (interaction sentence) say about each pair.
/// </summary>
public sealed class InteractionChecker(KnowledgeGraph kg)
{
    public Interaction? Check(string nameA, IReadOnlyCollection<KgEntity> a, string nameB, IReadOnlyCollection<KgEntity> b)
    {
        if (a.Count == 0 || b.Count == 0) return null;
        var ids = (IEnumerable<KgEntity> xs) => string.Join(',', xs.Select(x => x.Id));
        var sql = $"""
            SELECT h.name, t.name, r.severity, COALESCE(r.detail, d.text), s.name FROM relation r
            JOIN entity h ON h.id = r.head_id JOIN entity t ON t.id = r.tail_id JOIN source s ON s.id = r.source_id
            LEFT JOIN detail_text d ON d.id = r.detail_id
            WHERE r.type_id = (SELECT id FROM relation_type WHERE name = 'interacts_with') AND r.status IS NULL
              AND ((r.head_id IN ({ids(a)}) AND r.tail_id IN ({ids(b)})) OR (r.head_id IN ({ids(b)}) AND r.tail_id IN ({ids(a)})))
            """;
        using var cmd = kg.Command(sql);
        using var r = cmd.ExecuteReader();
        var severity = "unknown";
        var effects = new List<string>();
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        while (r.Read())
        {
            var sev = r.IsDBNull(2) ? null : r.GetString(2);
            if (Interaction.Rank(sev) > Interaction.Rank(severity)) severity = sev!;
            if (!r.IsDBNull(3))
            {
                var text = KgText.FillTemplate(r.GetString(3), r.GetString(0), r.GetString(1));
                if (!text.StartsWith("DDInter level", StringComparison.Ordinal) && !effects.Contains(text)) effects.Add(text);
            }
            sources.Add(r.GetString(4));
        }
        return sources.Count == 0 ? null : new Interaction(nameA, nameB, severity, effects, sources.ToList());
    }
}
