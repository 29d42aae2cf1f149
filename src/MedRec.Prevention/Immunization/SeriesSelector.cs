namespace MedRec.Prevention.Immunization;

/// <summary>
/// Picks the patient series an antigen is forecast from (CDSi chapter 8): relevant series (gender, risk indications),
/// per series group the scorable ones and one prioritized series (a lone candidate, else scoring), then across
/// series groups the best patient series (complete ones, risk ones, and standard ones without an equivalent risk or
/// complete series).
/// </summary>
public static class SeriesSelector
{
    /// <param name="ahead">count an indication whose begin age the patient has not reached yet (its doses come later)</param>
    public static bool IsRelevant(AntigenSeries series, ImmunizationPatient p, bool ahead = false)
    {
        if (series.Type == "Evaluation Only") return false;
        if (series.RequiredGender.Count > 0 && !series.RequiredGender.Any(g => SexMatches(g, p.Sex))) return false;
        if (!series.IsRisk) return true;
        return series.Indications.Any(i => p.HasObservation(i.Code) && p.AgeWithin(p.AssessmentDate, ahead ? null : i.BeginAge, i.EndAge));
    }

    private static bool SexMatches(string required, string sex) =>
        required.Length > 0 && sex.Length > 0 && char.ToUpperInvariant(required[0]) == char.ToUpperInvariant(sex[0]);

    /// <summary>The prioritized patient series of one series group, or null when the group has none.</summary>
    public static SeriesChoice? Prioritize(IReadOnlyList<SeriesChoice> group)
    {
        var scorable = Scorable(group);
        if (scorable.Count == 0)
            return group.FirstOrDefault(g => g.State.Series.IsDefault && (g.State.ValidCount > 0
                || g.State.Patient.AgeWithin(g.State.Patient.AssessmentDate, g.State.Series.MinAgeToStart, null)));
        if (scorable.Count == 1) return scorable[0];
        var complete = scorable.Where(IsComplete).ToList();
        if (complete.Count == 1) return complete[0];
        var inProcess = scorable.Where(g => !IsComplete(g) && g.State.ValidCount > 0).ToList();
        if (complete.Count == 0 && inProcess.Count == 1) return inProcess[0];
        if (complete.Count == 0 && inProcess.Count == 0 && scorable.FirstOrDefault(g => g.State.Series.IsDefault) is { } dflt)
            return dflt;
        var scored = complete.Count >= 2 ? SeriesScoring.Complete(complete)
            : inProcess.Count >= 2 ? SeriesScoring.InProcess(inProcess)
            : SeriesScoring.NoValidDoses(FromFirstDose(scorable.Where(g => g.State.ValidCount == 0).ToList()));
        return scored.OrderByDescending(x => x.Score).ThenBy(x => x.Choice.State.Series.Preference)
            .ThenBy(x => x.Choice.State.Series.Priority, StringComparer.Ordinal).Select(x => x.Choice).FirstOrDefault();
    }

    /// <summary>
    /// Series not started compete only when they would start at their first target dose (an infant series whose first
    /// doses a 24-year-old skips is not one to start), unless none would.
    /// </summary>
    private static List<SeriesChoice> FromFirstDose(List<SeriesChoice> notStarted)
    {
        var fromFirst = notStarted.Where(g => g.State.TargetIndex == 0).ToList();
        return fromFirst.Count > 0 ? fromFirst : notStarted;
    }

    /// <summary>
    /// Scorable series: risk series of the group's highest risk priority (among started ones, if any); standard series
    /// with valid doses (or, when none has any and the group has no default series, all of them). A started series
    /// qualifies when its first valid dose fell inside its ages to start (a complete one: before its maximum age to
    /// start), one not started when today does.
    /// </summary>
    private static List<SeriesChoice> Scorable(IReadOnlyList<SeriesChoice> group)
    {
        var candidates = group.Where(g => StartsInAgeWindow(g, strict: false)).ToList();
        // A series started before its minimum age to start stays a candidate only when no started series began in its window.
        var startedInWindow = candidates.Where(g => g.State.ValidCount > 0 && StartsInAgeWindow(g, strict: true)).ToList();
        if (startedInWindow.Count > 0)
            candidates = candidates.Where(g => g.State.ValidCount == 0 || startedInWindow.Contains(g)).ToList();
        var risk = candidates.Where(g => g.State.Series.IsRisk).ToList();
        if (risk.Any(g => g.State.ValidCount > 0)) risk = risk.Where(g => g.State.ValidCount > 0).ToList();
        var topPriority = risk.Select(g => g.State.Series.Priority).DefaultIfEmpty("").Min(StringComparer.Ordinal);
        var result = risk.Where(g => g.State.Series.Priority == topPriority).ToList();
        var standard = candidates.Where(g => !g.State.Series.IsRisk).ToList();
        var started = standard.Where(g => g.State.ValidCount > 0).ToList();
        if (started.Count > 0) result.AddRange(started);
        else if (!group.Any(g => !g.State.Series.IsRisk && g.State.Series.IsDefault)) result.AddRange(standard);
        return result;
    }

    /// <param name="strict">also hold a started, not complete series to its minimum age to start</param>
    private static bool StartsInAgeWindow(SeriesChoice g, bool strict)
    {
        var p = g.State.Patient;
        var minAge = g.State.ValidCount == 0 || (strict && !IsComplete(g)) ? g.State.Series.MinAgeToStart : null;
        return p.AgeWithin(g.State.FirstValidDate ?? p.AssessmentDate, minAge, g.State.Series.MaxAgeToStart);
    }

    internal static bool IsComplete(SeriesChoice g) => g.Forecast.Status is ForecastStatus.Complete or ForecastStatus.Immune;

    /// <summary>
    /// The best patient series across series groups (CDSi table 8-14), blended into one forecast: a complete series;
    /// a not-complete risk series; a not-complete standard series with no complete or risk series in an equivalent
    /// group. When both risk and standard series qualify, the risk ones decide.
    /// </summary>
    public static SeriesChoice? Best(IReadOnlyList<SeriesChoice> prioritized)
    {
        var best = new List<SeriesChoice>();
        foreach (var pri in prioritized)
        {
            if (IsComplete(pri)) { best.Add(pri); continue; }
            var equivalent = prioritized.Where(o => o != pri && Equivalent(pri.State.Series, o.State.Series)).ToList();
            if (equivalent.Any(IsComplete)) continue;
            if (pri.Forecast.Status is ForecastStatus.AgedOut or ForecastStatus.NotRecommended) continue;
            if (pri.State.Series.IsRisk || !equivalent.Any(o => o.State.Series.IsRisk)) best.Add(pri);
        }
        if (best.Count == 0)
            return prioritized.FirstOrDefault(g => g.Forecast.Status == ForecastStatus.AgedOut)
                ?? prioritized.FirstOrDefault(g => g.Forecast.Status == ForecastStatus.NotRecommended);
        if (best.Any(g => g.State.Series.IsRisk) && best.Any(g => !g.State.Series.IsRisk))
            best = best.Where(g => g.State.Series.IsRisk).ToList();
        if (best.Count == 1) return best[0];
        var due = best.Where(g => g.Forecast.Status == ForecastStatus.NotComplete).ToList();
        if (due.Count == 0) return best[0];
        var lead = due.MinBy(g => g.Forecast.Earliest)!;
        return lead with
        {
            Forecast = lead.Forecast with
            {
                Recommended = due.Min(g => g.Forecast.Recommended),
                PastDue = due.Where(g => g.Forecast.PastDue is not null).Min(g => g.Forecast.PastDue),
            },
        };
    }

    /// <summary>Series groups are equivalent when their series carry the same equivalentSeriesGroups label.</summary>
    private static bool Equivalent(AntigenSeries a, AntigenSeries b) =>
        a.Group != b.Group && a.EquivalentGroups is { } label && b.EquivalentGroups == label;
}

/// <summary>An evaluated patient series with its forecast.</summary>
public sealed record SeriesChoice(SeriesState State, Forecast Forecast);
