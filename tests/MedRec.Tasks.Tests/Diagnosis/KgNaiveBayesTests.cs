using MedRec.Core.Cases;
using MedRec.Tasks.Diagnosis;

namespace MedRec.Tasks.Tests.Diagnosis;

public sealed class KgNaiveBayesTests : IDisposable
{
    private readonly TinyKg _kg = new();

    [Fact]
    public void Chest_pain_with_cough_and_fever_ranks_pneumonia_first()
    {
        var nb = new KgNaiveBayes(_kg.Index);
        var ranked = nb.Rank([_kg.Id("咳嗽", "symptom"), _kg.Id("发热", "symptom"), _kg.Id("胸痛", "symptom")], [], PatientProfile.Unknown);
        Assert.Equal(_kg.Id("肺炎"), ranked[0].Disease);
        Assert.Equal(3, ranked[0].Matched.Count);
        Assert.Equal(1.0, ranked.Sum(r => r.Probability), 6);
    }

    [Fact]
    public void Runny_nose_ranks_the_common_cold_first()
    {
        var nb = new KgNaiveBayes(_kg.Index);
        var ranked = nb.Rank([_kg.Id("咳嗽", "symptom"), _kg.Id("流涕", "symptom")], [], PatientProfile.Unknown);
        Assert.Equal(_kg.Id("感冒"), ranked[0].Disease);
    }

    [Fact]
    public void A_denied_symptom_lowers_the_diseases_that_list_it()
    {
        var nb = new KgNaiveBayes(_kg.Index);
        var cough = _kg.Id("咳嗽", "symptom");
        var without = nb.Rank([cough], [], PatientProfile.Unknown).Single(r => r.Disease == _kg.Id("肺炎"));
        var denied = nb.Rank([cough], [_kg.Id("胸痛", "symptom")], PatientProfile.Unknown).Single(r => r.Disease == _kg.Id("肺炎"));
        Assert.True(denied.LogScore < without.LogScore);
        Assert.Single(denied.Contradicted);
    }

    [Fact]
    public void Sex_specific_disease_is_ruled_out_for_the_other_sex()
    {
        var nb = new KgNaiveBayes(_kg.Index);
        var symptoms = new[] { _kg.Id("尿频", "symptom"), _kg.Id("发热", "symptom") };
        var male = nb.Rank(symptoms, [], new PatientProfile(Sex.Male, 40, null));
        var female = nb.Rank(symptoms, [], new PatientProfile(Sex.Female, 40, null));
        Assert.Equal(_kg.Id("前列腺炎"), male[0].Disease);
        Assert.NotEqual(_kg.Id("前列腺炎"), female[0].Disease);
    }

    public void Dispose() => _kg.Dispose();
}
