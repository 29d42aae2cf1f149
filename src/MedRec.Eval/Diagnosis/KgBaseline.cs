using MedRec.Knowledge.Query;
using MedRec.Tasks.Diagnosis;

namespace MedRec.Eval.Diagnosis;

/// <summary>
/// The KG naive-Bayes diagnoser restricted to the benchmark's label set: likelihoods come only from KG symptom
/// profiles; the training split supplies nothing but the label prior. Labels with no KG profile score as if
/// every present symptom were unexplained.
/// </summary>
public sealed class KgBaseline(KgIndex index, KgLabelMapper mapper, KgNaiveBayesOptions? options = null) : IDiagnosisBaseline
{
    private readonly KgNaiveBayes _nb = new(index, options);
    private long?[] _diseases = [];
    private double[] _logPrior = [];

    public string Name => "kg";

    public IReadOnlyDictionary<string, string?> Mapping { get; private set; } = new Dictionary<string, string?>();

    public void Fit(IReadOnlyList<DiagnosisSample> train, IReadOnlyList<string> labels)
    {
        _diseases = labels.Select(mapper.Disease).ToArray();
        Mapping = labels.Select((l, i) => (l, _diseases[i])).ToDictionary(x => x.l, x => x.Item2 is { } id ? index.Entity(id).Name : null);
        _logPrior = labels.Select(l => Math.Log((train.Count(s => s.Label == l) + 1.0) / (train.Count + labels.Count))).ToArray();
    }

    public double[] LogScores(DiagnosisSample sample)
    {
        var present = sample.Symptoms.Where(m => m.State == 1).Select(m => mapper.Symptom(m.Name)).OfType<long>().Distinct().ToList();
        var absent = sample.Symptoms.Where(m => m.State == 0).Select(m => mapper.Symptom(m.Name)).OfType<long>().Distinct().ToList();
        var candidates = _diseases.OfType<long>().Distinct().ToList();
        var byId = new Dictionary<long, double>();
        var prior = _diseases.Select((d, i) => (d, i)).Where(x => x.d is not null).GroupBy(x => x.d!.Value).ToDictionary(g => g.Key, g => _logPrior[g.First().i]);
        foreach (var s in _nb.Rank(present, absent, PatientProfile.Unknown, candidates, d => prior[d])) byId[s.Disease] = s.LogScore;
        var unexplained = present.Count * Math.Log(_nb.Options.Epsilon);
        return _diseases.Select((d, i) => d is { } id ? byId[id] : _logPrior[i] + unexplained).ToArray();
    }
}
