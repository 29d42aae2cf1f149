using MedRec.Core.Recommendations;
using MedRec.Knowledge.Query;
using MedRec.Tasks.Diagnosis;

namespace MedRec.Tasks.Exams;

/// <summary>
/// What to ask next: the not-yet-discussed symptom whose answer best separates the leading diseases, scored by the
/// expected entropy reduction of the top-k posterior under the same naive-Bayes likelihoods.
/// </summary>
public sealed class NextQuestionAdvisor(KgIndex index, KgNaiveBayesOptions? options = null)
{
    private readonly KgNaiveBayesOptions _o = options ?? new KgNaiveBayesOptions();

    public IReadOnlyList<Recommendation> Suggest(IReadOnlyList<ScoredDisease> ranked, IReadOnlySet<long> alreadyKnown, int top = 3, int leading = 8)
    {
        var lead = ranked.Take(leading).ToList();
        var mass = lead.Sum(d => d.Probability);
        if (lead.Count < 2 || mass <= 0) return [];
        var p = lead.Select(d => d.Probability / mass).ToArray();
        var h0 = Entropy(p);
        var candidates = lead.SelectMany(d => index.Out(d.Disease, "has_symptom").Select(l => l.Tail))
            .Where(s => !alreadyKnown.Contains(s)).Distinct();
        var scored = new List<(long Symptom, double Gain, int Count)>();
        foreach (var s in candidates)
        {
            var like = lead.Select(d => Contains(index.Out(d.Disease, "has_symptom"), s) ? _o.Theta(index.Out(d.Disease, "has_symptom").Count) : _o.Epsilon).ToArray();
            var pYes = p.Select((x, i) => x * like[i]).Sum();
            var post = (double[] w) => { var z = w.Sum(); return z > 0 ? w.Select(x => x / z).ToArray() : w; };
            var hYes = Entropy(post(p.Select((x, i) => x * like[i]).ToArray()));
            var hNo = Entropy(post(p.Select((x, i) => x * (1 - like[i])).ToArray()));
            scored.Add((s, h0 - (pYes * hYes + (1 - pYes) * hNo), like.Count(l => l > _o.Epsilon)));
        }
        return scored.OrderByDescending(x => x.Gain).ThenBy(x => x.Symptom).Take(top).Select(x => new Recommendation
        {
            Kind = "question",
            Name = $"是否有{index.Entity(x.Symptom).Name}？",
            Score = x.Gain,
            Evidence = [new Evidence("information_gain", $"区分前{lead.Count}个候选疾病（{x.Count}个常见此症状），期望信息增益 {x.Gain:F3} bit", "kg")],
        }).ToList();
    }

    private static double Entropy(double[] p) => -p.Where(x => x > 0).Sum(x => x * Math.Log2(x));

    private static bool Contains(IReadOnlyList<KgLink> profile, long s)
    {
        foreach (var l in profile) if (l.Tail == s) return true;
        return false;
    }
}
