using System.Globalization;
using MedRec.Core.Recommendations;
using MedRec.Knowledge.Query;
using MedRec.Tasks.Analysis;

namespace MedRec.Tasks.Diagnosis;

/// <summary>
/// Baseline diagnosis: <see cref="KgNaiveBayes"/> over all KG diseases. Each disease carries the findings that
/// support it (with the KG sources of the has_symptom edges), the negatives that speak against it, its prevalence
/// and any demographic mismatch.
/// </summary>
public sealed class KgDiagnosisRecommender(KgIndex index, KgNaiveBayesOptions? options = null) : IDiagnosisRecommender
{
    private readonly KgNaiveBayes _nb = new(index, options);

    public string Name => "kg-naive-bayes";

    public IReadOnlyList<ScoredDisease> Score(CaseAnalysis analysis) =>
        _nb.Rank(analysis.Present.Select(f => f.Symptom!.Id).Distinct().ToList(),
            analysis.Absent.Select(f => f.Symptom!.Id).Distinct().ToList(), PatientProfile.From(analysis.Case));

    public IReadOnlyList<Recommendation> Recommend(CaseAnalysis analysis, int top) =>
        Score(analysis).Take(top).Select(s => ToRecommendation(s, analysis)).ToList();

    private Recommendation ToRecommendation(ScoredDisease s, CaseAnalysis analysis)
    {
        var disease = index.Entity(s.Disease);
        var profile = index.Out(s.Disease, "has_symptom");
        var evidence = new List<Evidence>();
        foreach (var id in s.Matched)
        {
            var link = profile.First(l => l.Tail == id);
            evidence.Add(new Evidence("finding", $"{index.Entity(id).Name} → has_symptom ← {disease.Name}", link.Source, link.Confidence));
        }
        foreach (var id in s.Contradicted)
            evidence.Add(new Evidence("against", $"否认{index.Entity(id).Name}，但{disease.Name}常见此症状", "kg"));
        if (index.Prevalence.TryGetValue(s.Disease, out var p))
            evidence.Add(new Evidence("prior", $"患病比例约 {(p * 100).ToString("0.###", CultureInfo.InvariantCulture)}%", "xywy"));
        var patient = PatientProfile.From(analysis.Case);
        var flags = DemographicFit.Explain(disease.Name, patient.Sex, patient.Age, patient.Pregnant) is { } why ? new[] { why } : [];
        return new Recommendation
        {
            Kind = "disease", Name = disease.Name, Code = disease.Code, Score = s.Probability, Evidence = evidence, Flags = flags,
        };
    }
}
