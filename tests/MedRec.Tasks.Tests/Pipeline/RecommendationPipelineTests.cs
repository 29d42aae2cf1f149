using MedRec.Core.Cases;
using MedRec.Knowledge.Linking;
using MedRec.Tasks.Pipeline;

namespace MedRec.Tasks.Tests.Pipeline;

public sealed class RecommendationPipelineTests : IDisposable
{
    private readonly TinyKg _kg = new();

    private CaseReport Run(PatientCase c) =>
        new RecommendationPipeline(_kg.Kg, new EntityLinker(new Lexicon().AddKnowledgeGraph(_kg.Kg), useJieba: false)).Run(c);

    [Fact]
    public void Every_recommendation_carries_evidence_with_a_source()
    {
        var report = Run(new PatientCase { ChiefComplaint = "咳嗽三天，发热，胸痛", Demographics = new Demographics { Age = 40 } });
        Assert.Equal("肺炎", report.Diagnoses[0].Name);
        Assert.All(report.Diagnoses.Concat(report.Exams).Concat(report.Drugs), r => Assert.Contains(r.Evidence, e => e.Source is not null));
        Assert.Contains(report.Exams, e => e.Name == "胸部X线");
        Assert.Equal("呼吸内科", report.Departments[0].Name);
    }

    [Fact]
    public void A_drug_with_a_major_interaction_is_removed_and_the_warning_names_pair_and_effect()
    {
        var report = Run(new PatientCase
        {
            ChiefComplaint = "咳嗽，发热，流涕",
            Medications = [new Medication { Name = "华法林钠片" }],
        });
        Assert.DoesNotContain(report.Drugs, d => d.Name.StartsWith("布洛芬", StringComparison.Ordinal));
        Assert.Contains(report.RemovedDrugs, d => d.Name.StartsWith("布洛芬", StringComparison.Ordinal));
        var w = Assert.Single(report.Warnings, w => w.Kind == "interaction");
        Assert.Equal("major", w.Severity);
        Assert.Contains("Haemorrhage", w.Message);
        Assert.Contains(w.Items, i => i.Contains("华法林", StringComparison.Ordinal));
        Assert.Contains(w.Items, i => i.Contains("布洛芬", StringComparison.Ordinal));
    }

    [Fact]
    public void A_penicillin_allergy_removes_amoxicillin()
    {
        var report = Run(new PatientCase { ChiefComplaint = "咳嗽，发热，胸痛，咳痰", Allergies = [new Allergy { Substance = "青霉素" }] });
        Assert.Contains(report.RemovedDrugs, d => d.Name.StartsWith("阿莫西林", StringComparison.Ordinal));
        Assert.Contains(report.Warnings, w => w.Kind == "allergy");
    }

    [Fact]
    public void A_finding_that_is_a_side_effect_of_a_current_drug_is_flagged()
    {
        var report = Run(new PatientCase { ChiefComplaint = "皮肤瘀斑", Medications = [new Medication { Name = "华法林" }] });
        Assert.Contains(report.Warnings, w => w.Kind == "adverse_effect" && w.Message.Contains("华法林", StringComparison.Ordinal));
        Assert.Contains(report.SideEffects, s => s.Name.Contains("Ecchymosis", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_names_are_reported_not_dropped()
    {
        var report = Run(new PatientCase { ChiefComplaint = "hello world", Medications = [new Medication { Name = "不存在的药" }] });
        Assert.Empty(report.Diagnoses);
        Assert.Contains("不存在的药", report.Unresolved);
        Assert.NotEmpty(report.Notes);
    }

    public void Dispose() => _kg.Dispose();
}
