using MedRec.Knowledge.Query;
using MedRec.Tasks.Diagnosis;

namespace MedRec.Tasks.Common;

/// <summary>
/// Ranks the tails of one clinical relation (needs_check, common_drug) of the ranked diseases:
/// score(t) = Σ_d P(d) · confidence(d→t). <paramref name="hidden"/> hides a disease's edges (the evaluation hold-out).
/// </summary>
public static class EdgeAggregator
{
    public static IReadOnlyList<AggregatedItem> Aggregate(
        KgIndex index, IEnumerable<ScoredDisease> ranked, string relation, Func<long, bool>? hidden = null)
    {
        var items = new Dictionary<long, (double Score, List<Support> Support)>();
        foreach (var d in ranked)
        {
            if (hidden?.Invoke(d.Disease) == true) continue;
            foreach (var link in index.Out(d.Disease, relation))
            {
                if (!items.TryGetValue(link.Tail, out var acc)) acc = (0, []);
                acc.Support.Add(new Support(d.Disease, d.Probability, link.Source));
                items[link.Tail] = (acc.Score + d.Probability * link.Confidence, acc.Support);
            }
        }
        return items.Select(p => new AggregatedItem(p.Key, p.Value.Score, p.Value.Support))
            .OrderByDescending(i => i.Score).ThenByDescending(i => i.Support.Count).ThenBy(i => i.Id).ToList();
    }
}
