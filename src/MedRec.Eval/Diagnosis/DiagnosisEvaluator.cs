using MedRec.Eval.Metrics;
using MedRec.Tasks.Diagnosis;

namespace MedRec.Eval.Diagnosis;

/// <summary>
/// Fits a baseline on the training split and scores the evaluation split. Confidence is calibrated by a softmax
/// temperature fitted on 5-fold cross-fitted predictions over the training split only (never on the test split).
/// </summary>
public static class DiagnosisEvaluator
{
    public sealed record Result(ClassificationMetrics Metrics, double Temperature, IReadOnlyList<string> Labels);

    public static Result Evaluate(Func<IDiagnosisBaseline> create, IReadOnlyList<DiagnosisSample> train, IReadOnlyList<DiagnosisSample> eval, bool explicitOnly)
    {
        if (explicitOnly) { train = ExplicitOnly(train); eval = ExplicitOnly(eval); }
        var labels = train.Select(s => s.Label).Concat(eval.Select(s => s.Label)).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        var temperature = CrossFittedTemperature(create, train, labels, index);
        var model = create();
        model.Fit(train, labels);
        var probs = eval.Select(s => Posterior.Softmax(model.LogScores(s), temperature)).ToList();
        return new Result(ClassificationMetrics.Compute(eval.Select(s => index[s.Label]).ToList(), probs, labels.Count), temperature, labels);
    }

    private static double CrossFittedTemperature(Func<IDiagnosisBaseline> create, IReadOnlyList<DiagnosisSample> train, List<string> labels, Dictionary<string, int> index)
    {
        const int folds = 5;
        var scores = new List<double[]>();
        var gold = new List<int>();
        for (var k = 0; k < folds; k++)
        {
            var fit = train.Where((_, i) => i % folds != k).ToList();
            var held = train.Where((_, i) => i % folds == k).ToList();
            var m = create();
            m.Fit(fit, labels);
            foreach (var s in held) { scores.Add(m.LogScores(s)); gold.Add(index[s.Label]); }
        }
        return TemperatureScaling.Fit(scores, gold);
    }

    private static List<DiagnosisSample> ExplicitOnly(IReadOnlyList<DiagnosisSample> xs) =>
        xs.Select(s => s with { Symptoms = s.Symptoms.Where(m => m.Explicit).ToList() }).ToList();
}
