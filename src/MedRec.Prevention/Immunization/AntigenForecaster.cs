namespace MedRec.Prevention.Immunization;

/// <summary>Evaluates and forecasts one antigen: immunity, contraindication, then the best patient series.</summary>
public static class AntigenForecaster
{
    public static AntigenResult Run(CdsiData data, AntigenData antigen, ImmunizationPatient p)
    {
        var forecasts = EvaluateRelevant(data, antigen, p);
        var groups = forecasts.GroupBy(f => f.State.Series.Group).Select(g => g.ToList()).ToList();
        var prioritizedOrNull = groups.Select(SeriesSelector.Prioritize).ToList();
        var prioritized = prioritizedOrNull.OfType<SeriesChoice>().ToList();
        // Groups without a prioritized series (started too young for them) still vouch for the doses they found valid.
        var vouching = prioritized.Select(g => g.State).Concat(groups.Where((_, i) => prioritizedOrNull[i] is null)
            .Select(g => g.MaxBy(x => x.State.ValidCount)!.State)).ToList();
        var best = SeriesSelector.Best(prioritized);
        var considered = forecasts.Select(f => f.Forecast).ToList();
        var evals = best is null ? [] : ValidInAnyGroup(best.State, vouching);
        if (IsImmune(antigen, p)) return new(antigen.Antigen, Forecast.Of(ForecastStatus.Immune), evals, considered);
        if (IsContraindicated(antigen, p)) return new(antigen.Antigen, Forecast.Of(ForecastStatus.Contraindicated), evals, considered);
        if (best is not { } chosen) return new(antigen.Antigen, Forecast.Of(ForecastStatus.NotRecommended), evals, considered);
        // Doses vouched for by another series group count towards the dose ordinal too.
        var extra = evals.Count(e => e.Status == DoseEvaluation.Valid) - chosen.State.ValidCount;
        var forecast = chosen.Forecast.DoseNumber is { } n && extra > 0 ? chosen.Forecast with { DoseNumber = n + extra } : chosen.Forecast;
        return new(antigen.Antigen, forecast, evals, considered);
    }

    /// <summary>Every relevant series of the antigen, evaluated and forecast.</summary>
    private static List<SeriesChoice> EvaluateRelevant(CdsiData data, AntigenData antigen, ImmunizationPatient p)
    {
        var doses = DosesOf(data.Schedule, antigen.Antigen, p);
        var relevant = antigen.Series.Where(s => SeriesSelector.IsRelevant(s, p)).ToList();
        // An antigen given only for an indication (dengue) is forecast ahead when the patient is not old enough yet.
        if (relevant.Count == 0) relevant = antigen.Series.Where(s => SeriesSelector.IsRelevant(s, p, ahead: true)).ToList();
        var forecasts = relevant.Select(s => Choice(data, s, p, doses, null)).ToList();
        // "Completed Series" skips (a risk series that needs fewer doses after the standard one) depend on the other
        // groups: a second pass knows when each series group was completed.
        var completedOn = forecasts.Where(SeriesSelector.IsComplete).GroupBy(f => f.State.Series.Group)
            .ToDictionary(g => g.Key, g => g.Min(f => f.State.Satisfied.Values.DefaultIfEmpty(p.BirthDate).Max()));
        if (completedOn.Count == 0) return forecasts;
        return forecasts.Select(f => HasCompletedSeriesSkip(f.State.Series)
            ? Choice(data, f.State.Series, p, doses, (g, before) => completedOn.TryGetValue(g, out var on) && on < before) : f).ToList();
    }

    private static SeriesChoice Choice(CdsiData data, AntigenSeries series, ImmunizationPatient p,
        IReadOnlyList<AdministeredDose> doses, Func<string, DateOnly, bool>? groupComplete)
    {
        var state = SeriesEvaluator.Evaluate(series, p, doses, data.Schedule, groupComplete);
        return new SeriesChoice(state, SeriesForecaster.Forecast(state, data.Schedule, groupComplete));
    }

    private static bool HasCompletedSeriesSkip(AntigenSeries series) => series.Doses.Any(d =>
        d.Skips.Any(r => r.Sets.Any(x => x.Conditions.Any(c => c.Type == "completed series"))));

    /// <summary>
    /// A dose the chosen series rejects still counts as valid when the prioritized series of another series group
    /// (e.g. the routine schedule next to a risk series) accepted it.
    /// </summary>
    private static IReadOnlyList<DoseEvaluation> ValidInAnyGroup(SeriesState best, IEnumerable<SeriesState> others)
    {
        var valid = others.Where(o => o != best).SelectMany(o => o.Evaluations).Where(e => e.Status == DoseEvaluation.Valid)
            .GroupBy(e => e.Dose.Id).ToDictionary(g => g.Key, g => g.First());
        return best.Evaluations.Select(e => e.Status == DoseEvaluation.NotValid && valid.TryGetValue(e.Dose.Id, out var v) ? v : e).ToList();
    }

    /// <summary>The patient's doses that carry this antigen (CVX map, with its age limits), in date order.</summary>
    public static IReadOnlyList<AdministeredDose> DosesOf(ScheduleData schedule, string antigen, ImmunizationPatient p) =>
        p.Doses.Where(d => schedule.CvxToAntigens.TryGetValue(d.Cvx, out var list) && list.Any(a =>
                string.Equals(a.Antigen, antigen, StringComparison.OrdinalIgnoreCase) && p.AgeWithin(d.Date, a.BeginAge, a.EndAge)))
            .OrderBy(d => d.Date).ToList();

    private static bool IsImmune(AntigenData a, ImmunizationPatient p) =>
        a.ImmunityObservations.Any(p.HasObservation)
        || (a.ImmunityBirthDate is { } born && p.BirthDate < born && !a.ImmunityExclusions.Any(p.HasObservation));

    private static bool IsContraindicated(AntigenData a, ImmunizationPatient p) =>
        a.GroupContraindications.Any(c => p.HasObservation(c.Code) && p.AgeWithin(p.AssessmentDate, c.BeginAge, c.EndAge));
}
