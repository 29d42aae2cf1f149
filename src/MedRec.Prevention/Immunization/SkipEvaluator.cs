namespace MedRec.Prevention.Immunization;

/// <summary>Decides CDSi conditional skips of a target dose, on a dose date (evaluation) or the assessment date (forecast).</summary>
public static class SkipEvaluator
{
    /// <param name="ageDate">the date a set made only of age conditions is judged on (default: refDate)</param>
    public static bool ShouldSkip(SeriesDose dose, SeriesState s, DateOnly refDate, bool forecast,
        Func<string, DateOnly, bool>? seriesGroupComplete = null, DateOnly? ageDate = null)
    {
        foreach (var rule in dose.Skips.Where(r => r.Applies(forecast)))
        {
            var sets = rule.Sets.Where(x => DoseRules.InWindow(refDate, x.Effective, x.Cessation)).ToList();
            if (sets.Count == 0) continue;
            bool SetMet(SkipSet set)
            {
                var on = ageDate is { } a && set.Conditions.All(c => c.Type == "age") ? a : refDate;
                return set.ConditionsOr
                    ? set.Conditions.Any(c => Met(c, dose, s, on, forecast, seriesGroupComplete))
                    : set.Conditions.All(c => Met(c, dose, s, on, forecast, seriesGroupComplete));
            }
            if (rule.SetsOr ? sets.Any(SetMet) : sets.All(SetMet)) return true;
        }
        return false;
    }

    private static bool Met(SkipCondition c, SeriesDose dose, SeriesState s, DateOnly refDate, bool forecast, Func<string, DateOnly, bool>? groupComplete)
    {
        var p = s.Patient;
        switch (c.Type)
        {
            case "age":
                return p.AgeWithin(refDate, c.BeginAge, c.EndAge);
            case "interval":
                return s.Previous(forecast ? refDate : refDate.AddDays(-1)) is { } prev && c.Interval is not null
                    && refDate >= c.Interval.AddTo(prev.Dose.Date);
            case "completed series":
                // Complete before the dose being evaluated; by today (inclusive) when forecasting.
                var asOf = forecast ? refDate.AddDays(1) : refDate;
                return groupComplete is not null && c.SeriesGroups.Any(g => groupComplete(g, asOf));
            default:
                if (!c.Type.StartsWith("vaccine count", StringComparison.Ordinal)) return false;
                var byAge = c.Type.Contains("age", StringComparison.Ordinal);
                var byDate = c.Type.Contains("date", StringComparison.Ordinal);
                var count = CountDoses(c, s, refDate, forecast, byAge, byDate ? dose.SeasonShift(refDate) : null);
                return c.CountLogic switch
                {
                    "greater than" => count > c.DoseCount,
                    "equal to" => count == c.DoseCount,
                    "less than" => count < c.DoseCount,
                    _ => false,
                };
        }
    }

    /// <param name="seasonShift">for a count by date: years the dose's season moved (the window moves with it); null otherwise</param>
    private static int CountDoses(SkipCondition c, SeriesState s, DateOnly refDate, bool forecast, bool byAge, int? seasonShift)
    {
        IEnumerable<AdministeredDose> doses = c.CountValidOnly
            ? s.Evaluations.Where(e => e.Status == DoseEvaluation.Valid).Select(e => e.Dose)
            : s.AntigenDoses;
        doses = doses.Where(d => forecast ? d.Date <= refDate : d.Date < refDate);
        if (c.VaccineTypes.Count > 0) doses = doses.Where(d => c.VaccineTypes.Contains(d.Cvx));
        if (byAge) doses = doses.Where(d => s.Patient.AgeWithin(d.Date, c.BeginAge, c.EndAge));
        if (seasonShift is { } years)
        {
            var (from, to) = (c.StartDate?.AddYears(years), c.EndDate?.AddYears(years));
            doses = doses.Where(d => (from is null || d.Date >= from) && (to is null || d.Date < to));
        }
        return doses.Count();
    }
}
