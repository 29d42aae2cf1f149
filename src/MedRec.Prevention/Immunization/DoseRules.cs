namespace MedRec.Prevention.Immunization;

/// <summary>The per-dose CDSi checks: age, interval, live virus conflict, preferable/allowable vaccine.</summary>
public static class DoseRules
{
    public static AgeRule? AgeFor(SeriesDose dose, DateOnly date) =>
        dose.Ages.FirstOrDefault(a => InWindow(date, a.Effective, a.Cessation)) ?? dose.Ages.FirstOrDefault();

    public static IEnumerable<IntervalRule> IntervalsFor(IReadOnlyList<IntervalRule> rules, DateOnly date) =>
        rules.Where(r => InWindow(date, r.Effective, r.Cessation));

    public static bool InWindow(DateOnly date, DateOnly? effective, DateOnly? cessation) =>
        (effective is null || date >= effective) && (cessation is null || date <= cessation);

    /// <summary>Age check: null when old enough and not too old, else the reason.</summary>
    public static string? CheckAge(AgeRule? age, ImmunizationPatient p, DateOnly date)
    {
        if (age is null) return null;
        if (age.AbsMinAge is not null && date < age.AbsMinAge.AddTo(p.BirthDate)) return EvaluationReasons.TooYoung;
        if (age.MaxAge is not null && date >= age.MaxAge.AddTo(p.BirthDate)) return EvaluationReasons.TooOld;
        return null;
    }

    /// <summary>Reference date an interval counts from, or null when it does not apply yet.</summary>
    public static DateOnly? Reference(IntervalRule rule, SeriesState s, DateOnly before, bool strictlyBefore = true)
    {
        if (rule.FromPrevious) return s.Previous(before)?.Dose.Date;
        if (rule.FromTargetDose is { } t) return s.Satisfied.TryGetValue(t, out var d) ? d : null;
        if (rule.FromMostRecent.Count > 0)
            return s.Patient.Doses.Where(d => rule.FromMostRecent.Contains(d.Cvx) && (strictlyBefore ? d.Date < before : d.Date <= before))
                .Select(d => (DateOnly?)d.Date).Max();
        // An observed event (start of antiretroviral therapy, onset of pregnancy) counts whenever it happened:
        // a dose given before it is too soon.
        if (rule.FromObservation is { } code)
            return s.Patient.Observations.Where(o => o.Code == code).Select(o => o.Date).Max();
        return null;
    }

    /// <summary>True when every applicable interval's absolute minimum is met.</summary>
    public static bool IntervalsMet(IEnumerable<IntervalRule> rules, SeriesState s, DateOnly date)
    {
        foreach (var r in rules)
        {
            if (Reference(r, s, date) is not { } reference || r.AbsMinInt is null) continue;
            if (date < r.AbsMinInt.AddTo(reference)) return false;
        }
        return true;
    }

    public static bool IntervalOk(SeriesDose dose, SeriesState s, DateOnly date) =>
        IntervalsMet(IntervalsFor(dose.Intervals, date), s, date)
        || (dose.AllowableIntervals.Count > 0 && IntervalsMet(IntervalsFor(dose.AllowableIntervals, date), s, date));

    /// <summary>Is <paramref name="dose"/> given inside the conflict window of an earlier live vaccine?</summary>
    public static bool LiveVirusConflict(ScheduleData schedule, AdministeredDose dose, ImmunizationPatient p,
        Func<AdministeredDose, bool> previousInvalid)
    {
        foreach (var c in schedule.LiveVirusConflicts.Where(c => c.CurrentCvx == dose.Cvx))
            foreach (var prev in p.Doses.Where(d => d.Cvx == c.PreviousCvx && d.Date < dose.Date))
            {
                var end = (previousInvalid(prev) ? c.End : c.MinEnd).AddTo(prev.Date);
                if (dose.Date >= c.Begin.AddTo(prev.Date) && dose.Date < end) return true;
            }
        return false;
    }

    public static bool VaccineAccepted(IReadOnlyList<VaccineRule> rules, ImmunizationPatient p, AdministeredDose dose) =>
        rules.Any(v => v.Cvx == dose.Cvx && p.AgeWithin(dose.Date, v.BeginAge, v.EndAge));
}
