namespace MedRec.Prevention.Immunization;

/// <summary>A conditional skip: sets of conditions; context Evaluation, Forecast or Both.</summary>
public sealed record SkipRule(string Context, bool SetsOr, IReadOnlyList<SkipSet> Sets)
{
    public bool Applies(bool forecast) => Context == "Both" || Context == (forecast ? "Forecast" : "Evaluation");
}

/// <summary>One set of skip conditions combined with AND or OR.</summary>
public sealed record SkipSet(bool ConditionsOr, DateOnly? Effective, DateOnly? Cessation, IReadOnlyList<SkipCondition> Conditions);

/// <summary>One skip condition (Age, Interval, Vaccine Count by Age/Date, Completed Series).</summary>
public sealed record SkipCondition(string Type, CdsiDuration? BeginAge, CdsiDuration? EndAge, CdsiDuration? Interval,
    DateOnly? StartDate, DateOnly? EndDate, int DoseCount, string CountLogic, bool CountValidOnly,
    IReadOnlySet<string> VaccineTypes, IReadOnlySet<string> SeriesGroups);
