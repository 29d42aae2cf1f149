using MedRec.Core.Cases;
using MedRec.Core.Common;
using MedRec.Prevention.Screening;

namespace MedRec.Prevention.Tests.Screening;

/// <summary>Every age and sex boundary in the shared USPSTF data, checked on hand-built patients.</summary>
public sealed class UspstfBoundaryTests
{
    private static readonly DateOnly s_asOf = new(2025, 1, 1);

    [SkippableFact]
    public void Every_recommendation_applies_exactly_inside_its_age_and_sex_range()
    {
        var data = DataPaths.Resolve();
        Skip.IfNot(File.Exists(Path.Combine(data, UspstfCatalog.RelativePath + ".gz")), "shared data folder not present");
        var catalog = UspstfCatalog.Load(data).Where(r => r.Grade is "A" or "B" or "C" or "D").ToList();
        Assert.True(catalog.Count > 80);
        var checkedBoundaries = 0;
        foreach (var rec in catalog)
        {
            var engine = new ScreeningEngine([rec]);
            var sex = rec.Sex == "male" ? Sex.Male : Sex.Female;
            var pregnant = rec.RiskCodes.Contains("PREGNANT") ? true : (bool?)null;
            bool Applies(int age, Sex s) => engine.Evaluate(Patient(age, s, s == Sex.Female ? pregnant : null), s_asOf).Count == 1;
            Assert.True(Applies(rec.MinAge, sex), $"{rec.Title}: min age {rec.MinAge}");
            Assert.True(Applies(Math.Min(rec.MaxAge, 120), sex), $"{rec.Title}: max age {rec.MaxAge}");
            if (rec.MinAge > 0) Assert.False(Applies(rec.MinAge - 1, sex), $"{rec.Title}: age {rec.MinAge - 1}");
            if (rec.MaxAge < 100) Assert.False(Applies(rec.MaxAge + 1, sex), $"{rec.Title}: age {rec.MaxAge + 1}");
            if (rec.Sex is "male" or "female") Assert.False(Applies(rec.MinAge, sex == Sex.Male ? Sex.Female : Sex.Male), $"{rec.Title}: other sex");
            checkedBoundaries++;
        }
        Assert.Equal(catalog.Count, checkedBoundaries);
    }

    private static PatientCase Patient(int age, Sex sex, bool? pregnant) => new()
    {
        Demographics = new Demographics { BirthDate = s_asOf.AddYears(-age), Sex = sex, Pregnant = pregnant },
        Observations = [new Observation { Name = "Tobacco smoking status", Code = "72166-2", ValueText = "Current every day smoker" }, new Observation { Name = "BMI", Code = "39156-5", Value = 32 }],
    };
}
