using MedRec.Core.Cases;

namespace MedRec.Prevention.Screening;

/// <summary>
/// Which USPSTF recommendations apply to a patient, from the data alone: sex, age range (inclusive, whole years),
/// risk codes (pregnant, sexually active, tobacco) and population phrases in the title (ever smoked, overweight,
/// without known hypertension …). Grade I (insufficient evidence) is not reported. Due status comes from
/// <see cref="ScreeningHistory"/>.
/// </summary>
public sealed class ScreeningEngine(IReadOnlyList<UspstfRecommendation> catalog)
{
    public IReadOnlyList<ScreeningItem> Evaluate(PatientCase c, DateOnly asOf)
    {
        var risk = RiskProfile.From(c, asOf);
        var items = new List<ScreeningItem>();
        foreach (var rec in catalog.Where(r => r.Grade is "A" or "B" or "C" or "D"))
        {
            var reasons = new List<string>();
            var fit = Applies(rec, risk, reasons);
            if (fit is null) continue;
            var applicability = rec.Grade switch { "A" or "B" => "recommended", "C" => "shared_decision", _ => "do_not_do" };
            if (fit == false) applicability = "conditional";
            var (last, interval, known) = ScreeningHistory.Lookup(rec, c);
            var (due, next) = DueStatus(last, interval, known, asOf);
            items.Add(new ScreeningItem(rec, applicability, rec.Grade == "D" ? "not_applicable" : due, last, next, reasons));
        }
        return items.OrderBy(i => i.Applicability switch { "recommended" => 0, "conditional" => 1, "shared_decision" => 2, _ => 3 })
            .ThenBy(i => i.Due == "overdue" ? 0 : i.Due == "due" ? 1 : 2).ThenBy(i => i.Recommendation.Title, StringComparer.Ordinal).ToList();
    }

    /// <summary>true = applies; false = applies only if an unrecorded risk factor is present; null = does not apply.</summary>
    public static bool? Applies(UspstfRecommendation rec, RiskProfile p, List<string> reasons)
    {
        if (p.Age is not { } age || age < rec.MinAge || age > rec.MaxAge) return null;
        reasons.Add($"年龄 {age} 岁在 {rec.MinAge}–{rec.MaxAge} 岁范围内");
        if (rec.Sex == "female" && p.Sex != Sex.Female || rec.Sex == "male" && p.Sex != Sex.Male)
        {
            if (p.Sex != Sex.Unknown) return null;
            reasons.Add("性别未记录");
            return false;
        }
        var conditional = false;
        var population = rec.Population.ToLowerInvariant();
        var pregnancyOnly = rec.RiskCodes.Contains("PREGNANT") || (population.Contains("pregnant") && !population.Contains("including pregnant") && !population.Contains("nonpregnant"));
        if (pregnancyOnly)
        {
            if (p.Pregnant == true) reasons.Add("妊娠");
            else if (p.Sex == Sex.Male || p.Pregnant == false) return null;
            else { conditional = true; reasons.Add("仅适用于妊娠期（记录中无妊娠信息）"); }
        }
        if (population.Contains("nonpregnant") && p.Pregnant == true) return null;
        var smokersOnly = rec.Topic.Contains("Smoking Cessation", StringComparison.OrdinalIgnoreCase) && !population.Contains("children");
        if (rec.RiskCodes.Contains("TOBACCO") || smokersOnly || population.Contains("ever smoked") || population.Contains("pack-year"))
        {
            var smoked = population.Contains("ever smoked") || population.Contains("pack-year") ? p.EverSmoked : p.Tobacco;
            if (smoked == false) return null;
            if (smoked == true) reasons.Add("吸烟史");
            else { conditional = true; reasons.Add("适用于吸烟者（记录中无吸烟状态）"); }
        }
        if (rec.RiskCodes.Contains("SEXUALLYACTIVE") || population.Contains("sexually active"))
        {
            conditional = true;
            reasons.Add("适用于有性生活者");
        }
        if (population.Contains("without known hypertension") && p.Hypertension) return null;
        var minBmi = rec.MinAge >= 18 ? rec.Bmi switch { "OB" => 30.0, "O" => 25.0, _ => 0 } : 0;
        if (population.Contains("overweight or obesity") || population.Contains("bmi")) minBmi = Math.Max(minBmi, 25);
        if (minBmi > 0)
        {
            if (p.Bmi is { } bmi && bmi < minBmi) return null;
            if (p.Bmi is null) { conditional = true; reasons.Add($"适用于 BMI ≥ {minBmi} 者（记录中无 BMI）"); }
            else reasons.Add($"BMI {p.Bmi:F1}");
        }
        if (population.Contains("increased risk") || population.Contains("at risk") || population.Contains("risk factors") || population.Contains("postmenopausal"))
        {
            conditional = true;
            reasons.Add("适用于存在相应危险因素者（需临床评估）");
        }
        return !conditional;
    }

    private static (string Due, DateOnly? Next) DueStatus(DateOnly? last, int? interval, bool known, DateOnly asOf)
    {
        if (!known) return ("unknown", null);
        if (last is null) return ("due", asOf);
        if (interval is null) return ("once_done", null);
        var next = last.Value.AddMonths(interval.Value);
        return next <= asOf ? ("overdue", next) : ("up_to_date", next);
    }
}
