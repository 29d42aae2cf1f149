namespace MedRec.Eval.Metrics;

/// <summary>Top-k accuracy, macro-F1 of the top-1 prediction, expected calibration error (10 equal-width bins) and NLL.</summary>
public sealed record ClassificationMetrics(int N, double Top1, double Top3, double Top5, double MacroF1, double Ece, double Nll)
{
    public static ClassificationMetrics Compute(IReadOnlyList<int> gold, IReadOnlyList<double[]> probabilities, int classes)
    {
        var n = gold.Count;
        if (n == 0) return new ClassificationMetrics(0, 0, 0, 0, 0, 0, 0);
        int top1 = 0, top3 = 0, top5 = 0;
        var tp = new int[classes]; var fp = new int[classes]; var fn = new int[classes];
        var bins = new (double Conf, double Correct, int Count)[10];
        double nll = 0;
        for (var i = 0; i < n; i++)
        {
            var p = probabilities[i];
            var rank = p.Count(x => x > p[gold[i]]); // ties resolved in the gold label's favour only when equal
            if (rank < 1) top1++;
            if (rank < 3) top3++;
            if (rank < 5) top5++;
            var pred = ArgMax(p);
            if (pred == gold[i]) tp[pred]++; else { fp[pred]++; fn[gold[i]]++; }
            var b = Math.Min(9, (int)(p[pred] * 10));
            bins[b] = (bins[b].Conf + p[pred], bins[b].Correct + (pred == gold[i] ? 1 : 0), bins[b].Count + 1);
            nll -= Math.Log(Math.Max(p[gold[i]], 1e-12));
        }
        var present = Enumerable.Range(0, classes).Where(c => tp[c] + fn[c] > 0).ToList();
        var f1 = present.Average(c => tp[c] == 0 ? 0 : 2.0 * tp[c] / (2 * tp[c] + fp[c] + fn[c]));
        var ece = bins.Where(b => b.Count > 0).Sum(b => Math.Abs(b.Conf - b.Correct) / n);
        return new ClassificationMetrics(n, (double)top1 / n, (double)top3 / n, (double)top5 / n, f1, ece, nll / n);
    }

    public static int ArgMax(double[] p)
    {
        var best = 0;
        for (var i = 1; i < p.Length; i++) if (p[i] > p[best]) best = i;
        return best;
    }
}
