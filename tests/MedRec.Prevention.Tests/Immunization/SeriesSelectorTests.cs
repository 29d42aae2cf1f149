using MedRec.Prevention.Immunization;
using static MedRec.Prevention.Tests.Immunization.TestData;

namespace MedRec.Prevention.Tests.Immunization;

public class SeriesSelectorTests
{
    private static readonly ScheduleData s_schedule = Schedule();

    private static SeriesChoice Choose(AntigenSeries series, ImmunizationPatient p)
    {
        var state = SeriesEvaluator.Evaluate(series, p, p.Doses, s_schedule);
        return new SeriesChoice(state, SeriesForecaster.Forecast(state, s_schedule));
    }

    private static AntigenSeries Named(string name, int preference, bool isDefault, params SeriesDose[] doses) =>
        Series(doses) with { Name = name, Preference = preference, IsDefault = isDefault };

    [Fact]
    public void LoneCompleteSeriesWinsOverAnInProcessOne()
    {
        var p = Patient("2020-01-01", ("2021-01-01", "03"), ("2021-02-01", "03"));
        var three = Choose(Named("three", 1, true, Dose(1), Dose(2, absMinInt: "4 weeks"), Dose(3, absMinInt: "4 weeks")), p);
        var two = Choose(Named("two", 2, false, Dose(1), Dose(2, absMinInt: "4 weeks")), p);
        Assert.Equal("two", SeriesSelector.Prioritize([three, two])!.State.Series.Name);
    }

    [Fact]
    public void InProcessScoringPrefersTheSeriesClosestToCompletion()
    {
        var p = Patient("2020-01-01", ("2021-01-01", "03"));
        var four = Choose(Named("four", 1, false, Dose(1), Dose(2, absMinInt: "4 weeks"), Dose(3, absMinInt: "4 weeks"), Dose(4, absMinInt: "4 weeks")), p);
        var two = Choose(Named("two", 2, false, Dose(1), Dose(2, absMinInt: "4 weeks")), p);
        Assert.Equal("two", SeriesSelector.Prioritize([four, two])!.State.Series.Name);
    }

    [Fact]
    public void WithNoDosesTheDefaultSeriesIsTaken()
    {
        var p = Patient("2020-01-01");
        var other = Choose(Named("other", 1, false, Dose(1)), p);
        var dflt = Choose(Named("default", 2, true, Dose(1), Dose(2, absMinInt: "4 weeks")), p);
        Assert.Equal("default", SeriesSelector.Prioritize([other, dflt])!.State.Series.Name);
    }

    [Fact]
    public void CompleteSeriesInAnEquivalentGroupEndsTheOther()
    {
        var p = Patient("2020-01-01", ("2021-01-01", "03"));
        var done = Choose(Named("done", 1, true, Dose(1)) with { Group = "1", EquivalentGroups = "2" }, p);
        var open = Choose(Named("open", 1, true, Dose(1), Dose(2, absMinInt: "4 weeks")) with { Group = "3", EquivalentGroups = "2" }, p);
        Assert.Equal(ForecastStatus.Complete, SeriesSelector.Best([done, open])!.Forecast.Status);
    }

    [Fact]
    public void IntervalFromAnObservationCountsFromItsDate()
    {
        var rule = new IntervalRule(false, null, new HashSet<string>(), "170", D("0 days"), D("27 weeks"), null, null, null, null, false);
        var dose = Dose(1) with { Intervals = [rule] };
        var p = Patient("1990-01-01") with { Observations = [new PatientObservation("170", DateOnly.Parse("2023-03-01"))], AssessmentDate = DateOnly.Parse("2023-04-01") };
        var forecast = Choose(Series(dose), p).Forecast;
        Assert.Equal(DateOnly.Parse("2023-09-06"), forecast.Earliest); // onset of pregnancy + 27 weeks
    }
}
