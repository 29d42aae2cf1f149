using MedRec.Prevention.Immunization;
using static MedRec.Prevention.Tests.Immunization.TestData;

namespace MedRec.Prevention.Tests.Immunization;

public class SeriesDoseTests
{
    private static SeriesDose Seasonal(string? start, string? end) =>
        Dose(1) with { SeasonStart = start is null ? null : DateOnly.Parse(start), SeasonEnd = end is null ? null : DateOnly.Parse(end) };

    [Theory]
    [InlineData("2023-11-08", "2023-10-01")] // inside an earlier year's season
    [InlineData("2023-05-01", "2023-10-01")] // between seasons: the next one
    [InlineData("2026-01-15", "2025-10-01")] // inside the published season
    [InlineData("2026-04-15", "2026-10-01")] // after it: next year's
    public void PublishedSeasonRecursEveryYear(string date, string expectedStart) =>
        Assert.Equal(DateOnly.Parse(expectedStart), Seasonal("2025-10-01", "2026-03-31").SeasonStartAround(DateOnly.Parse(date)));

    [Fact]
    public void OpenEndedSeasonDoesNotMove() =>
        Assert.Equal(DateOnly.Parse("2025-08-27"), Seasonal("2025-08-27", null).SeasonStartAround(DateOnly.Parse("2023-01-01")));
}
