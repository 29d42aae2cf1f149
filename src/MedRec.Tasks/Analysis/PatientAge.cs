using MedRec.Core.Cases;

namespace MedRec.Tasks.Analysis;

/// <summary>Age in years from whichever field the case gives: age, age in months, or birth date (as of the case date).</summary>
public static class PatientAge
{
    public static double? Years(PatientCase c)
    {
        var d = c.Demographics;
        if (d.Age is { } a) return a;
        if (d.AgeMonths is { } m) return m / 12.0;
        if (d.BirthDate is { } b)
        {
            var asOf = c.AsOf ?? DateOnly.FromDateTime(DateTime.Today);
            return (asOf.DayNumber - b.DayNumber) / 365.25;
        }
        return null;
    }
}
