using MedRec.Knowledge.Linking;

namespace MedRec.Knowledge.Tests.Linking;

public sealed class NegationTests
{
    [Theory]
    [InlineData("没有发热", "发热", true)]
    [InlineData("否认胸痛", "胸痛", true)]
    [InlineData("无咳嗽，有发热", "发热", false)]
    [InlineData("无咳嗽，有发热", "咳嗽", true)]
    [InlineData("头痛，不伴呕吐", "呕吐", true)]
    [InlineData("头痛，不伴呕吐", "头痛", false)]
    [InlineData("发热三天", "发热", false)]
    public void Cues_negate_within_their_clause(string text, string term, bool negated) =>
        Assert.Equal(negated, Negation.IsNegated(text, text.IndexOf(term, StringComparison.Ordinal)));

    [Theory]
    [InlineData("没有", -1)]
    [InlineData("有的", 1)]
    [InlineData("是的，有一点", 1)]
    [InlineData("不知道", 0)]
    public void Short_replies_are_read_as_yes_or_no(string reply, int expected) => Assert.Equal(expected, Math.Sign(Negation.Answer(reply)));
}
