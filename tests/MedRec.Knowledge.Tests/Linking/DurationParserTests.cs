using MedRec.Knowledge.Linking;

namespace MedRec.Knowledge.Tests.Linking;

public sealed class DurationParserTests
{
    [Theory]
    [InlineData("咳嗽三天", 3)]
    [InlineData("发热2周了", 14)]
    [InlineData("头痛半个月", 15)]
    [InlineData("腹泻一年余", 365)]
    public void Durations_are_found_and_converted_to_days(string text, double days)
    {
        var d = Assert.Single(DurationParser.FindAll(text));
        Assert.Equal(days, d.Days, 0);
    }

    [Fact]
    public void Text_without_a_duration_gives_none() => Assert.Empty(DurationParser.FindAll("咳嗽，发热"));
}
