using MedRec.Core.Recommendations;
using MedRec.Knowledge.Query;
using MedRec.Tasks.Common;
using MedRec.Tasks.Diagnosis;

namespace MedRec.Tasks.Exams;

/// <summary>Baseline exams: the needs_check edges of the ranked diseases, weighted by their posterior.</summary>
public sealed class KgExamRecommender(KgIndex index)
{
    public string Name => "kg-disease-checks";

    public IReadOnlyList<AggregatedItem> Rank(IEnumerable<ScoredDisease> diseases, Func<long, bool>? hidden = null) =>
        EdgeAggregator.Aggregate(index, diseases, "needs_check", hidden);

    public IReadOnlyList<Recommendation> Recommend(IReadOnlyList<ScoredDisease> diseases, int top)
    {
        var ranked = Rank(diseases);
        var total = ranked.Sum(r => r.Score);
        return ranked.Take(top).Select(r => new Recommendation
        {
            Kind = "exam",
            Name = index.Entity(r.Id).Name,
            Score = total > 0 ? r.Score / total : 0,
            Evidence = r.Support.OrderByDescending(s => s.Probability).Take(3)
                .Select(s => new Evidence("kg_edge", $"{index.Entity(s.Disease).Name} → needs_check → {index.Entity(r.Id).Name}（疑似概率 {s.Probability:P0}）", s.Source))
                .ToList(),
        }).ToList();
    }
}
