using MedRec.Core.Cases;
using MedRec.Tasks.Diagnosis;

namespace MedRec.Tasks.Tests.Diagnosis;

public sealed class DemographicFitTests
{
    [Theory]
    [InlineData("前列腺炎", Sex.Female, 40.0, null, true)]
    [InlineData("前列腺炎", Sex.Male, 40.0, null, false)]
    [InlineData("子宫肌瘤", Sex.Male, 40.0, null, true)]
    [InlineData("妊娠高血压", Sex.Female, 30.0, false, true)]
    [InlineData("妊娠高血压", Sex.Female, 30.0, true, false)]
    [InlineData("新生儿黄疸", Sex.Female, 3.0, null, true)]
    [InlineData("感冒", Sex.Unknown, null, null, false)]
    public void Impossible_combinations_are_strongly_penalised(string disease, Sex sex, double? age, bool? pregnant, bool impossible)
    {
        var fit = DemographicFit.LogFit(disease, sex, age, pregnant);
        Assert.Equal(impossible, fit <= DemographicFit.Impossible);
    }

    [Fact]
    public void Childhood_diseases_are_unlikely_in_adults_but_fine_in_children()
    {
        Assert.True(DemographicFit.LogFit("小儿腹泻", Sex.Male, 35, null) < -2);
        Assert.Equal(0, DemographicFit.LogFit("小儿腹泻", Sex.Male, 2, null));
    }
}
