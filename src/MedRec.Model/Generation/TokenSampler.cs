namespace MedRec.Model.Generation;

/// <summary>
/// Chooses the next id from one row of logits: mask, repetition penalty, temperature, top-k, top-p, then a seeded draw.
/// </summary>
public static class TokenSampler
{
    /// <summary>
    /// Returns -1 when <paramref name="allowed"/> leaves no candidate. <paramref name="sequence"/> is the sequence so
    /// far (prompt and generated ids), used only by the repetition penalty.
    /// </summary>
    public static int Sample(ReadOnlySpan<float> logits, GenerationOptions o, Random rng, IReadOnlySet<int>? allowed,
        IReadOnlyList<int>? sequence = null)
    {
        var penalised = Recent(sequence, o);
        if (o.Temperature <= 0) return ArgMax(logits, o, penalised, allowed); // one pass, no allocation: the serving path
        var candidates = new List<(int Id, double Logit)>(allowed?.Count ?? logits.Length);
        if (allowed is null) for (var i = 0; i < logits.Length; i++) candidates.Add((i, Penalise(logits[i], i, penalised, o)));
        else foreach (var i in allowed) if (i >= 0 && i < logits.Length) candidates.Add((i, Penalise(logits[i], i, penalised, o)));
        if (candidates.Count == 0) return -1;
        if (o.TopK > 0 && candidates.Count > o.TopK) candidates = TopK(candidates, o.TopK);
        // Highest first; ties go to the lower id so decoding is reproducible.
        candidates.Sort(HighestFirst);
        var max = candidates[0].Logit;
        var probs = candidates.Select(c => Math.Exp((c.Logit - max) / o.Temperature)).ToArray();
        var sum = probs.Sum();
        for (var i = 0; i < probs.Length; i++) probs[i] /= sum;
        var keep = probs.Length;
        if (o.TopP < 1.0)
        {
            double cumulative = 0;
            for (keep = 0; keep < probs.Length && cumulative < o.TopP; keep++) cumulative += probs[keep];
        }
        var total = probs.Take(keep).Sum();
        var r = rng.NextDouble() * total;
        for (var i = 0; i < keep; i++)
        {
            r -= probs[i];
            if (r <= 0) return candidates[i].Id;
        }
        return candidates[keep - 1].Id;
    }

    private static int HighestFirst((int Id, double Logit) a, (int Id, double Logit) b) =>
        a.Logit != b.Logit ? b.Logit.CompareTo(a.Logit) : a.Id.CompareTo(b.Id);

    private static int ArgMax(ReadOnlySpan<float> logits, GenerationOptions o, HashSet<int>? penalised, IReadOnlySet<int>? allowed)
    {
        int best = -1;
        double bestLogit = double.NegativeInfinity;
        void Consider(int i, double logit)
        {
            if (best < 0 || logit > bestLogit || logit == bestLogit && i < best) (best, bestLogit) = (i, logit);
        }
        if (allowed is null) for (var i = 0; i < logits.Length; i++) Consider(i, Penalise(logits[i], i, penalised, o));
        else foreach (var i in allowed) if (i >= 0 && i < logits.Length) Consider(i, Penalise(logits[i], i, penalised, o));
        return best;
    }

    /// <summary>The k highest candidates (ties to the lower id), by one pass with a small sorted buffer.</summary>
    private static List<(int Id, double Logit)> TopK(List<(int Id, double Logit)> candidates, int k)
    {
        var top = new List<(int Id, double Logit)>(k + 1);
        foreach (var c in candidates)
        {
            if (top.Count == k && HighestFirst(c, top[^1]) >= 0) continue;
            var at = top.BinarySearch(c, Comparer<(int Id, double Logit)>.Create(HighestFirst));
            top.Insert(at < 0 ? ~at : at, c);
            if (top.Count > k) top.RemoveAt(k);
        }
        return top;
    }

    private static HashSet<int>? Recent(IReadOnlyList<int>? sequence, GenerationOptions o)
    {
        if (sequence is null || o.RepetitionPenalty == 1.0 || o.RepetitionWindow <= 0) return null;
        var set = new HashSet<int>();
        for (var i = Math.Max(0, sequence.Count - o.RepetitionWindow); i < sequence.Count; i++) set.Add(sequence[i]);
        return set;
    }

    private static double Penalise(float logit, int id, HashSet<int>? penalised, GenerationOptions o) =>
        penalised is null || !penalised.Contains(id) ? logit
        : logit > 0 ? logit / o.RepetitionPenalty : logit * o.RepetitionPenalty;
}
