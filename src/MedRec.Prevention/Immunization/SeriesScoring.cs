namespace MedRec.Prevention.Immunization;

/// <summary>
/// CDSi scoring of the scorable series of one series group when no lone candidate stands out. Each criterion gives
/// points when exactly one series meets it, nothing on a tie, and takes points from those that miss it.
/// </summary>
internal static class SeriesScoring
{
    public static List<(SeriesChoice Choice, int Score)> Complete(IReadOnlyList<SeriesChoice> series)
    {
        var scores = series.ToDictionary(s => s, _ => 0);
        // Weighted above finishing earliest: the CDC cases count the longer complete series (HepB 4 doses of a combination vaccine).
        Award(scores, MostValid(series), 2, 0, -2);
        Award(scores, series.Where(ProductAllValid).ToList(), 1, 0, -1);
        var completed = series.ToDictionary(s => s, s => s.State.Satisfied.Values.DefaultIfEmpty(DateOnly.MaxValue).Max());
        var first = completed.Values.Min();
        Award(scores, series.Where(s => completed[s] == first).ToList(), 2, 1, -1);
        return scores.Select(kv => (kv.Key, kv.Value)).ToList();
    }

    public static List<(SeriesChoice Choice, int Score)> InProcess(IReadOnlyList<SeriesChoice> series)
    {
        var scores = series.ToDictionary(s => s, _ => 0);
        var finish = series.ToDictionary(s => s, FinishDate);
        Award(scores, series.Where(ProductAllValid).ToList(), 2, 0, -2);
        Award(scores, series.Where(s => finish[s] is not null).ToList(), 3, 0, -3);
        Award(scores, MostValid(series), 2, 0, -2);
        var fewest = series.Min(Remaining);
        Award(scores, series.Where(s => Remaining(s) == fewest).ToList(), 2, 0, -2);
        var soonest = finish.Values.Where(d => d is not null).Min();
        Award(scores, series.Where(s => soonest is not null && finish[s] == soonest).ToList(), 1, 0, -1);
        return scores.Select(kv => (kv.Key, kv.Value)).ToList();
    }

    public static List<(SeriesChoice Choice, int Score)> NoValidDoses(IReadOnlyList<SeriesChoice> series)
    {
        var scores = series.ToDictionary(s => s, _ => 0);
        var start = series.Where(s => s.Forecast.Status == ForecastStatus.NotComplete).Select(s => s.Forecast.Earliest).Min();
        Award(scores, series.Where(s => start is not null && s.Forecast.Status == ForecastStatus.NotComplete
            && s.Forecast.Earliest == start).ToList(), 1, 0, -1);
        Award(scores, series.Where(s => FinishDate(s) is not null).ToList(), 1, 0, -1);
        // Starting afresh, the series open to any product is preferred over a product series.
        Award(scores, series.Where(s => !s.State.Series.ProductPath).ToList(), 1, 1, 0);
        foreach (var s in series.Where(s => s.State.Series.ProductPath))
            if (series.Count(x => x.State.Series.ProductPath) == 1) scores[s] -= 1;
        return scores.Select(kv => (kv.Key, kv.Value)).ToList();
    }

    private static void Award(Dictionary<SeriesChoice, int> scores, IReadOnlyList<SeriesChoice> meeting, int alone, int tied, int missed)
    {
        foreach (var s in scores.Keys.ToList())
            scores[s] += !meeting.Contains(s) ? missed : meeting.Count == 1 ? alone : tied;
    }

    private static List<SeriesChoice> MostValid(IReadOnlyList<SeriesChoice> series)
    {
        var most = series.Max(s => s.State.ValidCount);
        return series.Where(s => s.State.ValidCount == most).ToList();
    }

    private static bool ProductAllValid(SeriesChoice s) => s.State.Series.ProductPath
        && s.State.Evaluations.Any(e => e.Status == DoseEvaluation.Valid)
        && s.State.Evaluations.All(e => e.Status != DoseEvaluation.NotValid);

    private static int Remaining(SeriesChoice s) => s.State.Series.Doses.Count - s.State.TargetIndex;

    /// <summary>
    /// The day the series could be finished (forecast earliest date plus the minimum intervals of the remaining target
    /// doses), or null when that is past the maximum age of its last target dose (not completable).
    /// </summary>
    private static DateOnly? FinishDate(SeriesChoice s)
    {
        if (SeriesSelector.IsComplete(s)) return s.State.Satisfied.Values.DefaultIfEmpty(s.State.Patient.AssessmentDate).Max();
        if (s.Forecast.Status != ForecastStatus.NotComplete || s.Forecast.Earliest is not { } finish) return null;
        var doses = s.State.Series.Doses;
        for (var i = s.State.TargetIndex + 1; i < doses.Count; i++)
        {
            var minInt = doses[i].Intervals.Where(r => r.MinInt is not null).Select(r => r.MinInt!.AddTo(finish)).DefaultIfEmpty(finish).Max();
            finish = minInt;
        }
        var maxAge = DoseRules.AgeFor(doses[^1], finish)?.MaxAge;
        return maxAge is null || finish < maxAge.AddTo(s.State.Patient.BirthDate) ? finish : null;
    }
}
