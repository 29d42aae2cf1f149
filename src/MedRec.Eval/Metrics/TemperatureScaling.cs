using MedRec.Tasks.Diagnosis;

namespace MedRec.Eval.Metrics;

/// <summary>Fits the softmax temperature that minimises the negative log-likelihood of held-out log-scores (golden-section search on log T).</summary>
public static class TemperatureScaling
{
    public static double Fit(IReadOnlyList<double[]> logScores, IReadOnlyList<int> gold)
    {
        if (logScores.Count == 0) return 1;
        double Nll(double logT) => logScores.Select((s, i) => -Math.Log(Math.Max(Posterior.Softmax(s, Math.Exp(logT))[gold[i]], 1e-12))).Sum();
        double lo = Math.Log(0.05), hi = Math.Log(50);
        var g = (Math.Sqrt(5) - 1) / 2;
        for (var it = 0; it < 60; it++)
        {
            double a = hi - g * (hi - lo), b = lo + g * (hi - lo);
            if (Nll(a) < Nll(b)) hi = b; else lo = a;
        }
        return Math.Exp((lo + hi) / 2);
    }
}
