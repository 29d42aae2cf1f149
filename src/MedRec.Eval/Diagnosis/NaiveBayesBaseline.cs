namespace MedRec.Eval.Diagnosis;

/// <summary>
/// Classic naive Bayes learned from the training split only: features are "symptom present" and "symptom denied"
/// mentions; P(f|d) = (count + α) / (N_d + 2α); unmentioned symptoms are not evidence; prior = label frequency.
/// Optional per-feature pseudo-counts (<see cref="PseudoCount"/>) let the KG act as a prior over P(f|d).
/// </summary>
public class NaiveBayesBaseline(double alpha = 1.0) : IDiagnosisBaseline
{
    private readonly Dictionary<(string Feature, int Label), int> _counts = [];
    private int[] _perLabel = [];
    private double[] _logPrior = [];
    protected IReadOnlyList<string> Labels { get; private set; } = [];

    public virtual string Name => "nb";

    public virtual void Fit(IReadOnlyList<DiagnosisSample> train, IReadOnlyList<string> labels)
    {
        Labels = labels;
        _perLabel = new int[labels.Count];
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        foreach (var s in train)
        {
            var y = index[s.Label];
            _perLabel[y]++;
            foreach (var f in Features(s)) _counts[(f, y)] = _counts.GetValueOrDefault((f, y)) + 1;
        }
        _logPrior = _perLabel.Select(n => Math.Log((n + 1.0) / (train.Count + labels.Count))).ToArray();
    }

    public double[] LogScores(DiagnosisSample sample)
    {
        var scores = (double[])_logPrior.Clone();
        foreach (var f in Features(sample))
            for (var y = 0; y < scores.Length; y++)
            {
                var (m, p) = PseudoCount(f, y);
                scores[y] += Math.Log((_counts.GetValueOrDefault((f, y)) + alpha + m * p) / (_perLabel[y] + 2 * alpha + m));
            }
        return scores;
    }

    /// <summary>Extra pseudo-count weight m and prior probability p for feature f under label y (none by default).</summary>
    protected virtual (double Weight, double Probability) PseudoCount(string feature, int label) => (0, 0);

    internal static IEnumerable<string> Features(DiagnosisSample s) =>
        s.Symptoms.Where(m => m.State is 0 or 1).Select(m => (m.State == 1 ? "+" : "-") + m.Name);
}
