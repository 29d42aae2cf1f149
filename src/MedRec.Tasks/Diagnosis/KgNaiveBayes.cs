using MedRec.Knowledge.Query;

namespace MedRec.Tasks.Diagnosis;

/// <summary>
/// Naive Bayes over KG symptom profiles: log P(d) + Σ_present log P(s|d) + Σ_absent log(1 − P(s|d)) + demographic fit.
/// Symptoms the patient did not mention are ignored (absence of mention is not evidence of absence).
/// Candidates default to every disease that lists at least one present symptom.
/// </summary>
public sealed class KgNaiveBayes(KgIndex index, KgNaiveBayesOptions? options = null)
{
    private const string HasSymptom = "has_symptom";

    public KgNaiveBayesOptions Options { get; } = options ?? new KgNaiveBayesOptions();

    public IReadOnlyList<ScoredDisease> Rank(
        IReadOnlyCollection<long> present, IReadOnlyCollection<long> absent, PatientProfile patient,
        IReadOnlyCollection<long>? candidates = null, Func<long, double>? logPrior = null)
    {
        var pool = candidates ?? present.SelectMany(s => index.In(s, HasSymptom)).Distinct().ToList();
        var o = Options;
        var scored = new List<(long Id, double Score, List<long> Matched, List<long> Contra, double Fit)>(pool.Count);
        foreach (var d in pool)
        {
            var profile = index.Out(d, HasSymptom);
            var theta = o.Theta(profile.Count);
            var matched = present.Where(s => Contains(profile, s)).ToList();
            var contra = absent.Where(s => Contains(profile, s)).ToList();
            var fit = index.TryEntity(d, out var e) ? DemographicFit.LogFit(e.Name, patient.Sex, patient.Age, patient.Pregnant) : 0;
            var score = (logPrior ?? DefaultLogPrior)(d)
                + matched.Count * Math.Log(theta) + (present.Count - matched.Count) * Math.Log(o.Epsilon)
                + contra.Count * Math.Log(1 - theta) + fit;
            scored.Add((d, score, matched, contra, fit));
        }
        var probs = Posterior.Softmax(scored.Select(s => s.Score).ToList(), o.Temperature);
        return scored.Select((s, i) => new ScoredDisease(s.Id, s.Score, probs[i], s.Matched, s.Contra, s.Fit))
            .OrderByDescending(s => s.LogScore).ThenBy(s => s.Disease).ToList();
    }

    public double DefaultLogPrior(long disease) =>
        Options.PriorWeight * Math.Log(index.Prevalence.TryGetValue(disease, out var p) ? p : Options.DefaultPrevalence);

    private static bool Contains(IReadOnlyList<KgLink> profile, long symptom)
    {
        foreach (var l in profile) if (l.Tail == symptom) return true;
        return false;
    }
}
