namespace MedRec.Prevention.Immunization;

/// <summary>
/// Picks the best patient series of an antigen (CDSi chapter 8): relevant series only (gender, risk indications),
/// one prioritized series per series group (complete, then most valid doses, then preference; a series nobody has
/// started must be startable at today's age), then across groups the not-complete one due soonest.
/// </summary>
public static class SeriesSelector
{
    public static bool IsRelevant(AntigenSeries series, ImmunizationPatient p)
    {
        if (series.Type == "Evaluation Only") return false;
        if (series.RequiredGender.Count > 0 && !series.RequiredGender.Any(g => SexMatches(g, p.Sex))) return false;
        if (!series.IsRisk) return true;
        return series.Indications.Any(i => p.HasObservation(i.Code) && p.AgeWithin(p.AssessmentDate, i.BeginAge, i.EndAge));
    }

    private static bool SexMatches(string required, string sex) =>
        required.Length > 0 && sex.Length > 0 && char.ToUpperInvariant(required[0]) == char.ToUpperInvariant(sex[0]);

    public static (SeriesState State, Forecast Forecast)? Prioritize(IReadOnlyList<(SeriesState State, Forecast Forecast)> group)
    {
        var p = group[0].State.Patient;
        // A started series counts only when its first valid dose came before its maximum age to start
        // (the minimum age to start is only used to choose a series for a patient with no valid doses).
        var started = group.Where(g => g.State.ValidCount > 0).ToList();
        if (started.Count > 0 && started.All(g => !p.AgeWithin(g.State.FirstValidDate!.Value, g.State.Series.MinAgeToStart, null)))
            return null;
        var startable = started.Where(g => g.State.FirstValidDate is { } d && p.AgeWithin(d, null, g.State.Series.MaxAgeToStart)).ToList();
        if (startable.Count > 0) started = startable;
        if (started.Count > 0)
            return started.OrderBy(g => g.State.Series.Priority, StringComparer.Ordinal)
                .ThenByDescending(g => g.Forecast.Status == ForecastStatus.Complete)
                .ThenByDescending(g => g.State.ValidCount)
                .ThenBy(g => g.State.Series.Doses.Count - g.State.TargetIndex)
                .ThenBy(g => g.State.Series.Preference).First();
        if (group.FirstOrDefault(g => g.State.Series.IsDefault && p.AgeWithin(p.AssessmentDate, g.State.Series.MinAgeToStart, null))
            is { State: not null } dflt) return dflt;
        var canStart = group.Where(g => p.AgeWithin(p.AssessmentDate, g.State.Series.MinAgeToStart, g.State.Series.MaxAgeToStart))
            .OrderBy(g => g.State.Series.Preference).ToList();
        return canStart.Count > 0 ? canStart[0] : null;
    }

    public static (SeriesState State, Forecast Forecast)? Best(IReadOnlyList<(SeriesState State, Forecast Forecast)> prioritized)
    {
        if (prioritized.Count == 0) return null;
        // A risk series the patient qualifies for takes precedence over the routine schedule, whatever its status.
        var risk = prioritized.Where(g => g.State.Series.IsRisk).ToList();
        var pool = risk.Count > 0 ? risk : prioritized.ToList();
        var due = pool.Where(g => g.Forecast.Status == ForecastStatus.NotComplete)
            .OrderBy(g => g.Forecast.Earliest).ThenBy(g => g.State.Series.Priority).ThenBy(g => g.State.Series.Group).ToList();
        if (due.Count > 0) return due[0];
        return pool.OrderByDescending(g => g.Forecast.Status == ForecastStatus.Complete).ThenBy(g => g.State.Series.Group).First();
    }
}
