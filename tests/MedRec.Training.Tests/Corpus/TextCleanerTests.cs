using MedRec.Training.Corpus;

namespace MedRec.Training.Tests.Corpus;

public class TextCleanerTests
{
    [Fact]
    public void RemovesHtmlEntitiesAndTruncationMarks()
    {
        var s = TextCleaner.Clean("<p>头痛&nbsp;发热</p> 恶心 [详细]");
        Assert.Equal("头痛 发热 恶心", s);
    }

    [Fact]
    public void CollapsesWhitespaceAndNeverLeavesABlankLine()
    {
        var s = TextCleaner.Clean("  a \t\t b\r\n\r\n\n  c\u3000\u3000d \n\n");
        Assert.Equal("a b\nc d", s);
        Assert.DoesNotContain("\n\n", TextCleaner.Clean("x\n \n\ny\u2028\u2029z"));
    }

    [Fact]
    public void DropsControlCharactersAndLoneSurrogatesButKeepsEmoji()
    {
        var s = TextCleaner.Clean("ok\u0001\u0007 😀 \ud800x");
        Assert.Equal("ok 😀 x", s);
    }

    [Fact]
    public void RemovesSiteBoilerplate()
    {
        Assert.Equal("多喝水。", TextCleaner.Clean("多喝水。感谢您的咨询，"));
    }
}
