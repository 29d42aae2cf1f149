namespace MedRec.Prevention.Immunization;

/// <summary>
/// Forecasts the next target dose of an evaluated series (CDSi chapter 7): forecast-context skips, then
/// earliest = latest of minimum age / minimum intervals / season start, recommended = latest of earliest
/// recommended age / interval (never before earliest), past due = latest recommended age or interval − 1 day.
/// </summary>
public static class SeriesForecaster
{
    /// <remarks>
    /// The dose number reported is the ordinal of the next dose the patient gets (valid doses + 1; for a seasonal
    /// dose only this season's doses count), so skipped target doses (the infant DTaP doses of a 7-year-old) are not
    /// counted - as the CDC test cases number forecasts.
    /// </remarks>
    public static Forecast Forecast(SeriesState s, ScheduleData? schedule = null, Func<string, DateOnly, bool>? groupComplete = null)
    {
        var p = s.Patient;
        var today = p.AssessmentDate;
        while (!s.IsComplete && SkipsInForecast(s, s.Series.Doses[s.TargetIndex], today, groupComplete))
            s.TargetIndex++;
        if (s.IsComplete) return Immunization.Forecast.Of(ForecastStatus.Complete, s.Series.Name);

        var dose = s.Series.Doses[s.TargetIndex];
        var age = DoseRules.AgeFor(dose, today);
        DateOnly? maxAgeDate = age?.MaxAge?.AddTo(p.BirthDate);
        if (maxAgeDate is { } m && today >= m) return Immunization.Forecast.Of(ForecastStatus.AgedOut, s.Series.Name);

        var earliest = p.At(age?.MinAge, p.BirthDate);
        DateOnly? recInterval = null, pastDueInterval = null;
        foreach (var r in DoseRules.IntervalsFor(dose.Intervals, today))
        {
            if (DoseRules.Reference(r, s, today, strictlyBefore: false) is not { } reference) continue;
            if (r.MinInt is not null) earliest = Max(earliest, r.MinInt.AddTo(reference));
            if (r.EarliestRecInt is not null) recInterval = Max(recInterval, r.EarliestRecInt.AddTo(reference));
            if (r.LatestRecInt is not null) pastDueInterval = Max(pastDueInterval, r.LatestRecInt.AddTo(reference).AddDays(-1));
        }
        // The recommended age wins over the recommended interval; the interval is used only when no age is given.
        var recommended = age?.EarliestRecAge?.AddTo(p.BirthDate) ?? recInterval;
        var pastDue = age?.LatestRecAge?.AddTo(p.BirthDate).AddDays(-1) ?? pastDueInterval;
        if (dose.SeasonStartAround(today) is { } season) earliest = Max(earliest, season);
        // Never forecast before the last dose already given for this antigen, whatever its evaluation.
        if (s.AntigenDoses.Count > 0) earliest = Max(earliest, s.AntigenDoses.Max(d => d.Date));
        if (schedule is not null) earliest = AfterLiveVirusConflicts(schedule, dose, p, earliest);
        if (maxAgeDate is { } max && earliest >= max) return Immunization.Forecast.Of(ForecastStatus.AgedOut, s.Series.Name);
        var rec = recommended is { } r2 && r2 > earliest ? r2 : earliest;
        if (pastDue is { } late && late < rec) pastDue = rec;
        if (pastDue is { } pd && maxAgeDate is { } mx && pd >= mx) pastDue = mx.AddDays(-1);
        return new Forecast(ForecastStatus.NotComplete, Ordinal(s, dose), earliest, rec, pastDue, s.Series.Name);
    }

    /// <summary>
    /// Forecast-context skips are judged today; a set made only of age conditions is judged on the day the dose could
    /// first be given ("not required for those 7 years or older at the earliest forecasted date").
    /// </summary>
    private static bool SkipsInForecast(SeriesState s, SeriesDose dose, DateOnly today, Func<string, DateOnly, bool>? groupComplete) =>
        SkipEvaluator.ShouldSkip(dose, s, today, forecast: true, groupComplete)
        || SkipEvaluator.ShouldSkip(dose, s, today, forecast: true, groupComplete, ageDate: Max(today, MinimumDate(s, dose, today)));

    /// <summary>Latest of the minimum age and minimum interval dates of a target dose.</summary>
    private static DateOnly MinimumDate(SeriesState s, SeriesDose dose, DateOnly today)
    {
        var earliest = s.Patient.At(DoseRules.AgeFor(dose, today)?.MinAge, s.Patient.BirthDate);
        foreach (var r in DoseRules.IntervalsFor(dose.Intervals, today))
            if (r.MinInt is not null && DoseRules.Reference(r, s, today, strictlyBefore: false) is { } reference)
                earliest = Max(earliest, r.MinInt.AddTo(reference));
        return earliest;
    }

    /// <summary>Valid doses so far (this season's, for a seasonal dose) + 1.</summary>
    private static int Ordinal(SeriesState s, SeriesDose dose) =>
        s.Evaluations.Count(e => e.Status == DoseEvaluation.Valid
            && (dose.SeasonStartAround(s.Patient.AssessmentDate) is not { } start || e.Dose.Date >= start)) + 1;

    /// <summary>A live vaccine cannot be forecast inside the full conflict window of an earlier live vaccine.</summary>
    private static DateOnly AfterLiveVirusConflicts(ScheduleData schedule, SeriesDose dose, ImmunizationPatient p, DateOnly earliest)
    {
        var vaccines = dose.Preferable.Select(v => v.Cvx).ToHashSet();
        foreach (var c in schedule.LiveVirusConflicts.Where(c => vaccines.Contains(c.CurrentCvx)))
            foreach (var prev in p.Doses.Where(d => d.Cvx == c.PreviousCvx && d.Date <= p.AssessmentDate))
                if (earliest < c.End.AddTo(prev.Date)) earliest = c.End.AddTo(prev.Date);
        return earliest;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly? Max(DateOnly? a, DateOnly b) => a is { } x && x > b ? x : b;
}
