using MedRec.Model.Tokenization;

namespace MedRec.Model.Tests.Tokenization;

public class PreTokenizerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("高血压 hypertension 12345  \n\n\t x 😀👍🏽 ,.!?")]
    [InlineData("   leading and trailing   ")]
    [InlineData("e\u0301 café Ελληνικά русский 한국어 ひらがな")]
    public void ChunksConcatenateToTheInput(string s) => Assert.Equal(s, string.Concat(PreTokenizer.Split(s)));

    [Fact]
    public void SplitsByScriptDigitsAndSpaces()
    {
        // Digits group by three from the left; one space joins a following word or symbol run, not digits.
        Assert.Equal(["头痛三", "3", "天", " fever", " ", "123", "45", "，", "ok", "  ", " x", " (", "a", ")"],
            PreTokenizer.Split("头痛三3天 fever 12345，ok   x (a)"));
    }

    [Fact]
    public void NeverSplitsASurrogatePair()
    {
        foreach (var c in PreTokenizer.Split("a😀😀b 👍🏽x")) Assert.False(char.IsHighSurrogate(c[^1]));
    }
}
