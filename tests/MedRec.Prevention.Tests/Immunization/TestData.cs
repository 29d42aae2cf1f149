using MedRec.Prevention.Immunization;

namespace MedRec.Prevention.Tests.Immunization;

/// <summary>Small hand-built series and schedules for rule tests (no shared data needed).</summary>
internal static class TestData
{
    public static CdsiDuration D(string s) => CdsiDuration.Parse(s);

    public static SeriesDose Dose(int n, string? absMinAge = null, string? minAge = null, string? maxAge = null,
        string? absMinInt = null, string? minInt = null, string cvx = "03", bool recurring = false) => new(n,
        [new AgeRule(absMinAge is null ? null : D(absMinAge), minAge is null ? null : D(minAge), null, null,
            maxAge is null ? null : D(maxAge), null, null)],
        absMinInt is null ? [] : [new IntervalRule(true, null, new HashSet<string>(), null, D(absMinInt),
            D(minInt ?? absMinInt), null, null, null, null, false)],
        [], [new VaccineRule(cvx, null, null, null, false)], [], new HashSet<string>(), recurring, [], null, null, []);

    public static AntigenSeries Series(params SeriesDose[] doses) =>
        new("test series", "Measles", "MMR", "Standard", true, false, "1", "A", 1, null, null, [], [], doses);

    public static ScheduleData Schedule(params LiveVirusConflict[] conflicts) =>
        new(new Dictionary<string, IReadOnlyList<CvxAntigen>> { ["03"] = [new CvxAntigen("Measles", null, null)] },
            conflicts, [], new Dictionary<string, string>());

    public static ImmunizationPatient Patient(string born, params (string Date, string Cvx)[] doses) =>
        new(DateOnly.Parse(born), "F", doses.Select((d, i) => new AdministeredDose($"{i + 1}", DateOnly.Parse(d.Date), d.Cvx)).ToList(),
            [], DateOnly.Parse("2030-01-01"));
}
