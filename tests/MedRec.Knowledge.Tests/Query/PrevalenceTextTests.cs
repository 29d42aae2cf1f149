using MedRec.Knowledge.Query;

namespace MedRec.Knowledge.Tests.Query;

public sealed class PrevalenceTextTests
{
    [Theory]
    [InlineData("0.5%", 0.005)]
    [InlineData("3-5%", 0.04)]
    [InlineData("50岁以上中老年人群中发病率约1.5%--2.5%", 0.02)]
    [InlineData("0.001%", 0.00001)]
    public void Percentages_and_ranges_parse(string text, double expected)
    {
        Assert.True(PrevalenceText.TryParse(text, out var p));
        Assert.Equal(expected, p, 6);
    }

    [Fact]
    public void Text_without_a_percentage_does_not_parse() => Assert.False(PrevalenceText.TryParse("较常见", out _));
}
