using MedRec.Eval.Metrics;

namespace MedRec.Eval.Tests.Metrics;

public sealed class ClassificationMetricsTests
{
    [Fact]
    public void Hand_computed_example()
    {
        // gold 0,1,2,2; predictions 0 (0.7), 2 (0.5, gold second), 2 (0.9), 0 (0.6, gold third)
        double[][] p = [[0.7, 0.2, 0.1], [0.1, 0.4, 0.5], [0.05, 0.05, 0.9], [0.6, 0.3, 0.1]];
        var m = ClassificationMetrics.Compute([0, 1, 2, 2], p, 3);
        Assert.Equal(0.5, m.Top1);
        Assert.Equal(1.0, m.Top3);
        // class 0: tp1 fp1 fn0 → 2/3; class 1: tp0 → 0; class 2: tp1 fp1 fn1 → 0.5
        Assert.Equal((2.0 / 3 + 0 + 0.5) / 3, m.MacroF1, 6);
        // bins: 0.7 (correct) | 0.5 (wrong) | 0.9 (correct) | 0.6 (wrong) → |0.7-1|+|0.5-0|+|0.9-1|+|0.6-0| over 4
        Assert.Equal((0.3 + 0.5 + 0.1 + 0.6) / 4, m.Ece, 6);
    }

    [Fact]
    public void Temperature_scaling_softens_overconfident_scores()
    {
        // scores that are right only 60 % of the time but claim ~100 %: the fitted temperature must exceed 1
        var scores = Enumerable.Range(0, 100).Select(i => i % 5 < 3 ? new[] { 10.0, 0 } : new[] { 0, 10.0 }).ToList();
        var gold = Enumerable.Repeat(0, 100).ToList();
        Assert.True(TemperatureScaling.Fit(scores, gold) > 5);
    }
}
