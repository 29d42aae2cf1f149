using MedRec.Core.Cases;
using MedRec.Core.Recommendations;
using MedRec.Knowledge.Linking;
using MedRec.Knowledge.Query;
using MedRec.Tasks.Analysis;
using MedRec.Tasks.Diagnosis;
using MedRec.Tasks.Drugs;
using MedRec.Tasks.Exams;

namespace MedRec.Tasks.Pipeline;

/// <summary>
/// One case in, one report out: resolve the case against the KG, rank diseases, then exams, departments,
/// next questions and drugs from the ranked diseases, with every safety check. Build once, reuse for many cases.
/// </summary>
public sealed class RecommendationPipeline
{
    private readonly KnowledgeGraph _kg;
    private readonly KgIndex _index;
    private readonly CaseAnalyzer _analyzer;
    private readonly KgDiagnosisRecommender _diagnosis;
    private readonly KgExamRecommender _exams;
    private readonly KgDrugRecommender _drugs;
    private readonly NextQuestionAdvisor _questions;

    public RecommendationPipeline(KnowledgeGraph kg, EntityLinker linker, KgNaiveBayesOptions? options = null)
    {
        _kg = kg;
        _index = KgIndex.Load(kg);
        _analyzer = new CaseAnalyzer(kg, linker);
        _diagnosis = new KgDiagnosisRecommender(_index, options);
        _exams = new KgExamRecommender(_index);
        _drugs = new KgDrugRecommender(kg, _index, _analyzer.Drugs);
        _questions = new NextQuestionAdvisor(_index, options);
    }

    public KgIndex Index => _index;

    public CaseReport Run(PatientCase c, int top = 5)
    {
        var analysis = _analyzer.Analyze(c);
        var ranked = _diagnosis.Score(analysis);
        var leading = ranked.Take(20).ToList();
        var notes = new List<string>();
        if (!analysis.Present.Any())
            notes.Add("未识别出可用于诊断的症状：疾病、检查和药物推荐为空；请补充主诉或结构化症状。");
        var plan = _drugs.Recommend(analysis, leading, top);
        var known = analysis.Findings.Where(f => f.Symptom is not null).Select(f => f.Symptom!.Id).ToHashSet();
        return new CaseReport
        {
            CaseId = c.Id,
            Findings = analysis.Findings.Select(f => new ReportFinding(f.Finding.Name, f.Finding.Present, f.Finding.Duration, f.Finding.BodySite, f.Origin, f.Symptom?.Name)).ToList(),
            Unresolved = analysis.Unresolved.ToList(),
            Diagnoses = _diagnosis.Recommend(analysis, top),
            Departments = Departments(leading.Take(5)),
            Exams = _exams.Recommend(leading, top),
            NextQuestions = _questions.Suggest(ranked, known),
            Drugs = plan.Recommended,
            RemovedDrugs = plan.Removed,
            Warnings = plan.Warnings,
            SideEffects = plan.SideEffects,
            Notes = notes,
            Recommenders = new Dictionary<string, string>
            {
                ["diagnosis"] = _diagnosis.Name, ["exams"] = _exams.Name, ["drugs"] = _drugs.Name,
            },
        };
    }

    private List<Recommendation> Departments(IEnumerable<ScoredDisease> diseases)
    {
        var score = new Dictionary<string, (double P, List<string> Why)>(StringComparer.Ordinal);
        foreach (var d in diseases)
            foreach (var e in _kg.Out(d.Disease, "in_department"))
            {
                var (p, why) = score.GetValueOrDefault(e.Neighbour.Name, (0, new List<string>()));
                why.Add(_index.Entity(d.Disease).Name);
                score[e.Neighbour.Name] = (p + d.Probability, why);
            }
        return score.OrderByDescending(x => x.Value.P).Take(3).Select(x => new Recommendation
        {
            Kind = "department", Name = x.Key, Score = x.Value.P,
            Evidence = [new Evidence("kg_edge", $"{string.Join("、", x.Value.Why.Distinct())} → in_department → {x.Key}", "kg")],
        }).ToList();
    }
}
