using MedRec.Prevention.Immunization;
using static MedRec.Prevention.Tests.Immunization.TestData;

namespace MedRec.Prevention.Tests.Immunization;

public class SeriesEvaluatorTests
{
    private static readonly AntigenSeries s_twoDose = Series(
        Dose(1, absMinAge: "12 months - 4 days", minAge: "12 months"),
        Dose(2, absMinInt: "4 weeks - 4 days", minInt: "4 weeks"));

    private static SeriesState Run(AntigenSeries series, ImmunizationPatient p, ScheduleData? schedule = null) =>
        SeriesEvaluator.Evaluate(series, p, p.Doses, schedule ?? Schedule());

    [Fact]
    public void DoseInsideTheGracePeriodIsValid()
    {
        var s = Run(s_twoDose, Patient("2024-01-10", ("2025-01-06", "03")));
        Assert.Equal(DoseEvaluation.Valid, s.Evaluations[0].Status);
    }

    [Fact]
    public void DoseBeforeTheAbsoluteMinimumAgeIsTooYoung()
    {
        var s = Run(s_twoDose, Patient("2024-01-10", ("2025-01-05", "03")));
        Assert.Equal((DoseEvaluation.NotValid, EvaluationReasons.TooYoung), (s.Evaluations[0].Status, s.Evaluations[0].Reason));
    }

    [Theory]
    [InlineData("2025-02-03", DoseEvaluation.Valid)]     // 4 weeks - 4 days after dose 1
    [InlineData("2025-02-02", DoseEvaluation.NotValid)]  // one day short
    public void IntervalUsesTheAbsoluteMinimum(string second, string expected)
    {
        var s = Run(s_twoDose, Patient("2024-01-10", ("2025-01-10", "03"), (second, "03")));
        Assert.Equal(expected, s.Evaluations[1].Status);
        Assert.Equal(expected == DoseEvaluation.Valid, s.IsComplete);
    }

    [Fact]
    public void DoseAfterCompletionIsExtraneous()
    {
        var s = Run(s_twoDose, Patient("2024-01-10", ("2025-01-10", "03"), ("2025-03-10", "03"), ("2025-06-10", "03")));
        Assert.Equal((DoseEvaluation.Extraneous, EvaluationReasons.SeriesComplete), (s.Evaluations[2].Status, s.Evaluations[2].Reason));
    }

    [Fact]
    public void DoseAfterMaximumAgeIsExtraneousTooOld()
    {
        var series = Series(Dose(1, absMinAge: "0 days", maxAge: "5 years"));
        var s = Run(series, Patient("2018-01-10", ("2023-01-10", "03")));
        Assert.Equal((DoseEvaluation.Extraneous, EvaluationReasons.TooOld), (s.Evaluations[0].Status, s.Evaluations[0].Reason));
    }

    [Fact]
    public void VaccineThatIsNeitherPreferableNorAllowableIsNotValid()
    {
        var s = Run(s_twoDose, Patient("2024-01-10", ("2025-01-10", "21")));
        Assert.Equal(EvaluationReasons.NotAllowed, s.Evaluations[0].Reason);
    }

    [Theory]
    [InlineData("2025-02-02", true)]   // 23 days after: inside the minimum conflict window (24 days)
    [InlineData("2025-02-07", false)]  // 28 days after: outside
    public void LiveVirusConflictInvalidatesASecondLiveVaccine(string second, bool conflict)
    {
        var schedule = Schedule(new LiveVirusConflict("21", "03", D("1 day"), D("24 days"), D("28 days")));
        var p = Patient("2020-01-10", ("2025-01-10", "21"), (second, "03"));
        var s = SeriesEvaluator.Evaluate(s_twoDose, p, p.Doses.Where(d => d.Cvx == "03").ToList(), schedule);
        Assert.Equal(conflict ? EvaluationReasons.LiveVirus : null, s.Evaluations[0].Reason);
    }

    [Fact]
    public void ForecastUsesMinimumAgeAndInterval()
    {
        var s = Run(s_twoDose, Patient("2024-01-10", ("2025-01-10", "03")));
        var f = SeriesForecaster.Forecast(s);
        Assert.Equal((ForecastStatus.NotComplete, 2, new DateOnly(2025, 2, 7)), (f.Status, f.DoseNumber ?? 0, f.Earliest ?? default));
    }
}
