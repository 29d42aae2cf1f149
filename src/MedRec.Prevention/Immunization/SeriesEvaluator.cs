namespace MedRec.Prevention.Immunization;

/// <summary>
/// Evaluates a patient's doses of one antigen against one series, target dose by target dose (CDSi chapter 6):
/// skip, inadvertent, age, interval, live virus conflict, preferable/allowable vaccine. Valid doses satisfy the
/// target dose; a recurring last dose is satisfied again and again; doses after completion are extraneous.
/// </summary>
public static class SeriesEvaluator
{
    /// <param name="groupComplete">whether a series group of the antigen was complete before a date, for "Completed Series" skips</param>
    public static SeriesState Evaluate(AntigenSeries series, ImmunizationPatient patient, IReadOnlyList<AdministeredDose> doses,
        ScheduleData schedule, Func<string, DateOnly, bool>? groupComplete = null)
    {
        var s = new SeriesState(series, patient, doses);
        foreach (var dose in doses)
        {
            while (!s.IsComplete && SkipEvaluator.ShouldSkip(series.Doses[s.TargetIndex], s, dose.Date, forecast: false, groupComplete))
                s.TargetIndex++;
            if (s.IsComplete)
            {
                s.Evaluations.Add(new(dose, series.Antigen, DoseEvaluation.Extraneous, EvaluationReasons.SeriesComplete, null));
                continue;
            }
            var target = series.Doses[s.TargetIndex];
            var reason = Check(target, s, dose, schedule);
            // A dose past the maximum age is extraneous (CDSi): it neither counts nor blocks later doses.
            var status = reason switch
            {
                null => DoseEvaluation.Valid,
                EvaluationReasons.TooOld => DoseEvaluation.Extraneous,
                _ => DoseEvaluation.NotValid,
            };
            s.Evaluations.Add(new(dose, series.Antigen, status, reason, target.Number));
            if (reason is not null) continue;
            s.Satisfied[target.Number] = dose.Date;
            if (!target.Recurring) s.TargetIndex++;
        }
        return s;
    }

    private static string? Check(SeriesDose target, SeriesState s, AdministeredDose dose, ScheduleData schedule)
    {
        var p = s.Patient;
        if (target.Inadvertent.Contains(dose.Cvx)) return EvaluationReasons.Inadvertent;
        if (DoseRules.CheckAge(DoseRules.AgeFor(target, dose.Date), p, dose.Date) is { } ageReason) return ageReason;
        if (!DoseRules.IntervalOk(target, s, dose.Date)) return EvaluationReasons.TooSoon;
        if (DoseRules.LiveVirusConflict(schedule, dose, p, prev =>
                s.Evaluations.FirstOrDefault(e => e.Dose == prev)?.Status == DoseEvaluation.NotValid))
            return EvaluationReasons.LiveVirus;
        if (!DoseRules.VaccineAccepted(target.Preferable, p, dose) && !DoseRules.VaccineAccepted(target.Allowable, p, dose))
            return EvaluationReasons.NotAllowed;
        return null;
    }
}
