using MedRec.Tasks.Diagnosis;
using MedRec.Knowledge.Query;

namespace MedRec.Eval.Diagnosis;

/// <summary>
/// Naive Bayes from the training split with the KG as prior knowledge: each present-symptom likelihood gets
/// <see cref="Weight"/> pseudo-observations at the KG profile probability (θ_d if the KG lists the symptom for the
/// disease, ε otherwise), so rare or unseen symptoms still count when the KG knows them.
/// </summary>
public sealed class KgNaiveBayesBaseline(KgIndex index, KgLabelMapper mapper, KgNaiveBayesOptions? options = null, double weight = 4) : NaiveBayesBaseline
{
    private readonly KgNaiveBayesOptions _o = options ?? new KgNaiveBayesOptions();
    private long?[] _diseases = [];

    public double Weight => weight;

    public override string Name => "kg+nb";

    public override void Fit(IReadOnlyList<DiagnosisSample> train, IReadOnlyList<string> labels)
    {
        base.Fit(train, labels);
        _diseases = labels.Select(mapper.Disease).ToArray();
    }

    protected override (double Weight, double Probability) PseudoCount(string feature, int label)
    {
        if (feature[0] != '+' || _diseases[label] is not { } d || mapper.Symptom(feature[1..]) is not { } s) return (0, 0);
        var profile = index.Out(d, "has_symptom");
        return (weight, profile.Any(l => l.Tail == s) ? _o.Theta(profile.Count) : _o.Epsilon);
    }
}
