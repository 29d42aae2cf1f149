using MedRec.Core.Common;
using MedRec.Prevention.Immunization;

namespace MedRec.Prevention.Tests.Immunization;

public class CdsiDurationTests
{
    [Theory]
    [InlineData("2025-01-15", "6 weeks", "2025-02-26")]
    [InlineData("2025-01-15", "12 months - 4 days", "2026-01-11")]
    [InlineData("2024-11-15", "19 months + 4 weeks", "2026-07-13")]
    [InlineData("2025-03-31", "6 months", "2025-10-01")]   // 09/31 does not exist: first of next month
    [InlineData("2024-02-29", "1 year", "2025-03-01")]
    [InlineData("2025-01-31", "1 month", "2025-03-01")]
    [InlineData("2025-05-10", "0 days", "2025-05-10")]
    public void AddsLikeTheCdsiSpec(string start, string offset, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), CdsiDuration.Parse(offset).AddTo(DateOnly.Parse(start)));

    [Fact]
    public void AppliesPartsLeftToRight() =>
        Assert.Equal(new DateOnly(2025, 2, 25), CdsiDuration.Parse("1 month - 4 days").AddTo(new DateOnly(2025, 1, 29)));

    [Theory]
    [InlineData("12 months - 4 days")]
    [InlineData("16 months + 4 weeks")]
    [InlineData("4 years")]
    public void RoundTripsText(string text) => Assert.Equal(text, CdsiDuration.Parse(text).ToString());

    [Theory]
    [InlineData("12 lightyears")]
    [InlineData("months 12")]
    public void RejectsBadText(string text) => Assert.Throws<MedRecException>(() => CdsiDuration.Parse(text));

    [Fact]
    public void BlankAndNotApplicableAreNull()
    {
        Assert.Null(CdsiDuration.ParseOrNull(""));
        Assert.Null(CdsiDuration.ParseOrNull("n/a"));
    }
}
