using MedRec.Core.Cases;
using MedRec.Prevention.Screening;

namespace MedRec.Prevention.Tests.Screening;

public sealed class ScreeningEngineTests
{
    private static readonly DateOnly s_asOf = new(2025, 1, 1);

    private static UspstfRecommendation Rec(string title, string grade = "A", string sex = "men and women", int min = 50, int max = 75, params string[] risks) =>
        new(1, title, grade, sex, min, max, risks, "", title.Split("--")[0].Trim(), "2021", null);

    private static PatientCase Patient(int age, Sex sex, bool? pregnant = null, params Procedure[] procedures) => new()
    {
        Demographics = new Demographics { BirthDate = s_asOf.AddYears(-age), Sex = sex, Pregnant = pregnant },
        Procedures = procedures,
    };

    [Theory]
    [InlineData(49, false)]
    [InlineData(50, true)]
    [InlineData(75, true)]
    [InlineData(76, false)]
    public void Age_range_is_inclusive_in_whole_years(int age, bool applies)
    {
        var items = new ScreeningEngine([Rec("Colorectal Cancer: Screening -- Adults aged 50 to 75 years")]).Evaluate(Patient(age, Sex.Male), s_asOf);
        Assert.Equal(applies, items.Count == 1);
    }

    [Fact]
    public void Sex_specific_recommendations_skip_the_other_sex_and_are_conditional_when_sex_is_unknown()
    {
        var engine = new ScreeningEngine([Rec("Cervical Cancer: Screening -- Women aged 21 to 65 years", sex: "female", min: 21, max: 65)]);
        Assert.Empty(engine.Evaluate(Patient(30, Sex.Male), s_asOf));
        Assert.Equal("recommended", Assert.Single(engine.Evaluate(Patient(30, Sex.Female), s_asOf)).Applicability);
        Assert.Equal("conditional", Assert.Single(engine.Evaluate(Patient(30, Sex.Unknown), s_asOf)).Applicability);
    }

    [Fact]
    public void Pregnancy_recommendations_need_a_pregnancy()
    {
        var engine = new ScreeningEngine([Rec("Syphilis Infection in Pregnant Women: Screening -- Pregnant women", min: 11, max: 49, risks: "PREGNANT")]);
        Assert.Empty(engine.Evaluate(Patient(30, Sex.Female, pregnant: false), s_asOf));
        Assert.Equal("recommended", Assert.Single(engine.Evaluate(Patient(30, Sex.Female, pregnant: true), s_asOf)).Applicability);
        Assert.Equal("conditional", Assert.Single(engine.Evaluate(Patient(30, Sex.Female), s_asOf)).Applicability);
    }

    [Fact]
    public void A_recent_test_makes_the_screening_up_to_date_and_an_old_one_overdue()
    {
        var engine = new ScreeningEngine([Rec("Colorectal Cancer: Screening -- Adults aged 50 to 75 years")]);
        var recent = new Procedure { Name = "Colonoscopy", Code = "73761001", Date = new DateOnly(2020, 1, 1) };
        var old = recent with { Date = new DateOnly(2010, 1, 1) };
        Assert.Equal("up_to_date", engine.Evaluate(Patient(60, Sex.Male, null, recent), s_asOf)[0].Due);
        Assert.Equal("overdue", engine.Evaluate(Patient(60, Sex.Male, null, old), s_asOf)[0].Due);
        Assert.Equal("due", engine.Evaluate(Patient(60, Sex.Male), s_asOf)[0].Due);
    }

    [Fact]
    public void Grades_map_to_applicability()
    {
        var engine = new ScreeningEngine([Rec("A -- x", "C"), Rec("B -- y", "D"), Rec("C -- z", "I")]);
        var items = engine.Evaluate(Patient(60, Sex.Male), s_asOf);
        Assert.Equal(["shared_decision", "do_not_do"], items.Select(i => i.Applicability));
    }
}
