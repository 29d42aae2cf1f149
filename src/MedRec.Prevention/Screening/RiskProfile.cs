using MedRec.Core.Cases;

namespace MedRec.Prevention.Screening;

/// <summary>The risk factors screening rules need, read from a case; null means "not recorded".</summary>
public sealed record RiskProfile(int? Age, Sex Sex, bool? Pregnant, bool? Tobacco, bool? EverSmoked, double? Bmi, bool Hypertension, bool Diabetes)
{
    public static RiskProfile From(PatientCase c, DateOnly asOf)
    {
        int? age = c.Demographics.BirthDate is { } b ? asOf.Year - b.Year - (asOf < b.AddYears(asOf.Year - b.Year) ? 1 : 0)
            : c.Demographics.Age is { } a ? (int)Math.Floor(a) : c.Demographics.AgeMonths is { } m ? m / 12 : null;
        var smoking = c.Observations.Where(o => o.Code == "72166-2" || o.Name.Contains("smok", StringComparison.OrdinalIgnoreCase) || o.Name.Contains("吸烟", StringComparison.Ordinal))
            .OrderBy(o => o.Date).LastOrDefault()?.ValueText;
        bool? current = smoking is null ? null : smoking.Contains("Never", StringComparison.OrdinalIgnoreCase) || smoking.Contains("从不", StringComparison.Ordinal) ? false
            : smoking.Contains("Former", StringComparison.OrdinalIgnoreCase) || smoking.Contains("已戒", StringComparison.Ordinal) ? false : true;
        bool? ever = smoking is null ? null : !(smoking.Contains("Never", StringComparison.OrdinalIgnoreCase) || smoking.Contains("从不", StringComparison.Ordinal));
        if (c.Conditions.Any(x => x.Name.Contains("tobacco", StringComparison.OrdinalIgnoreCase) || x.Name.Contains("smok", StringComparison.OrdinalIgnoreCase) || x.Name.Contains("吸烟", StringComparison.Ordinal)))
            (current, ever) = (current ?? true, true);
        var bmi = c.Observations.Where(o => o.Code == "39156-5" || o.Name.Equals("BMI", StringComparison.OrdinalIgnoreCase)).OrderBy(o => o.Date).LastOrDefault()?.Value;
        if (bmi is null && c.Demographics is { WeightKg: { } w, HeightCm: { } h } && h > 0) bmi = w / (h / 100 * h / 100);
        bool Has(params string[] terms) => c.Conditions.Any(x => x.Active && terms.Any(t => x.Name.Contains(t, StringComparison.OrdinalIgnoreCase)));
        return new RiskProfile(age, c.Demographics.Sex, c.Demographics.Pregnant, current, ever, bmi,
            Has("hypertension", "高血压"), Has("diabetes", "糖尿病"));
    }
}
