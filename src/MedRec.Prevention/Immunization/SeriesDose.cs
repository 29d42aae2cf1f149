namespace MedRec.Prevention.Immunization;

/// <summary>Age window of a target dose (one row of the CDSi "age" table; effective/cessation bound by dose date).</summary>
public sealed record AgeRule(CdsiDuration? AbsMinAge, CdsiDuration? MinAge, CdsiDuration? EarliestRecAge,
    CdsiDuration? LatestRecAge, CdsiDuration? MaxAge, DateOnly? Effective, DateOnly? Cessation);

/// <summary>Interval from a reference dose: previous dose, a target dose (1-based) or the most recent of some CVX codes.</summary>
public sealed record IntervalRule(bool FromPrevious, int? FromTargetDose, IReadOnlySet<string> FromMostRecent,
    string? FromObservation, CdsiDuration? AbsMinInt, CdsiDuration? MinInt, CdsiDuration? EarliestRecInt,
    CdsiDuration? LatestRecInt, DateOnly? Effective, DateOnly? Cessation, bool Override);

/// <summary>A vaccine accepted for a target dose, with the patient age range [Begin, End) it counts for.</summary>
public sealed record VaccineRule(string Cvx, CdsiDuration? BeginAge, CdsiDuration? EndAge, string? Mvx, bool ForecastType);

/// <summary>One target dose of a series.</summary>
public sealed record SeriesDose(int Number, IReadOnlyList<AgeRule> Ages, IReadOnlyList<IntervalRule> Intervals,
    IReadOnlyList<IntervalRule> AllowableIntervals, IReadOnlyList<VaccineRule> Preferable, IReadOnlyList<VaccineRule> Allowable,
    IReadOnlySet<string> Inadvertent, bool Recurring, IReadOnlyList<SkipRule> Skips,
    DateOnly? SeasonStart, DateOnly? SeasonEnd, IReadOnlyList<string> RequiredGender)
{
    /// <summary>
    /// The supporting data publishes one season's dates (e.g. 2025-10-01 to 2026-03-31); a season with both ends recurs
    /// every year. Years to move the published dates so they describe the season around <paramref name="date"/>:
    /// the one it falls in, else the next one. Zero for open-ended windows (a COVID-19 formula start date).
    /// </summary>
    public int SeasonShift(DateOnly date)
    {
        if (SeasonStart is not { } start || SeasonEnd is not { } end) return 0;
        var shift = date.Year - end.Year - 1;
        while (end.AddYears(shift) < date) shift++;
        return shift;
    }

    /// <summary>Start of the season around <paramref name="date"/> (see <see cref="SeasonShift"/>).</summary>
    public DateOnly? SeasonStartAround(DateOnly date) => SeasonStart?.AddYears(SeasonShift(date));
}
