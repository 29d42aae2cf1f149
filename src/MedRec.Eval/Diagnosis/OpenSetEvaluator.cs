using MedRec.Knowledge.Query;
using MedRec.Tasks.Diagnosis;

namespace MedRec.Eval.Diagnosis;

/// <summary>
/// Diagnosis as `medrec recommend` does it: ranked over every KG disease that lists a present symptom, not over the
/// benchmark's label set. A case counts as a top-k hit when the KG disease its label maps to is among the first k.
/// Uses no training data at all (no label prior), so any split may be scored; tune on train, report on test.
/// </summary>
public static class OpenSetEvaluator
{
    public sealed record Result(int N, int Mapped, double Top1, double Top3, double Top5, double Top10);

    public static Result Evaluate(KgIndex index, KgLabelMapper mapper, KgNaiveBayesOptions options, IReadOnlyList<DiagnosisSample> samples)
    {
        var nb = new KgNaiveBayes(index, options);
        var hits = new int[4];
        var mapped = 0;
        int[] ks = [1, 3, 5, 10];
        foreach (var s in samples)
        {
            if (mapper.Disease(s.Label) is not { } gold) continue;
            mapped++;
            var present = s.Symptoms.Where(m => m.State == 1).Select(m => mapper.Symptom(m.Name)).OfType<long>().Distinct().ToList();
            var absent = s.Symptoms.Where(m => m.State == 0).Select(m => mapper.Symptom(m.Name)).OfType<long>().Distinct().ToList();
            var ranked = nb.Rank(present, absent, PatientProfile.Unknown).Take(10).Select(r => r.Disease).ToList();
            var rank = ranked.IndexOf(gold);
            for (var i = 0; i < ks.Length; i++) if (rank >= 0 && rank < ks[i]) hits[i]++;
        }
        double Rate(int h) => samples.Count == 0 ? 0 : (double)h / samples.Count;
        return new Result(samples.Count, mapped, Rate(hits[0]), Rate(hits[1]), Rate(hits[2]), Rate(hits[3]));
    }
}
