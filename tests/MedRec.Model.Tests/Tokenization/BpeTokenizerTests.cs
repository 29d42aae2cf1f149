using MedRec.Model.Tokenization;

namespace MedRec.Model.Tests.Tokenization;

public class BpeTokenizerTests(TokenizerFixture f) : IClassFixture<TokenizerFixture>
{
    public static TheoryData<string> Nasty =>
    [
        "", " ", "\n", "   \t\t\n\n  ", "高血压", "头痛3天，体温38.5℃，BP 150/95mmHg。",
        "emoji 😀👍🏽🇨🇳 family 👨‍👩‍👧‍👦", "mixed 中文English混合123abc", "1234567890 0.001 1e-5",
        "<|user|> literal special <s></s><pad>", "\u0000\u0001 control", "é vs e\u0301, ß, Ω, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠀀𪚥",
        "trailing spaces   ", "   leading", string.Concat(Enumerable.Repeat("哈", 500)),
    ];

    [Theory]
    [MemberData(nameof(Nasty))]
    public void RoundTripsExactly(string s)
    {
        var ids = f.Tokenizer.Encode(s);
        Assert.Equal(s, f.Tokenizer.Decode(ids));
        Assert.All(ids, id => Assert.False(f.Tokenizer.IsSpecial(id)));
    }

    [Fact]
    public void RoundTripsRandomUnicode()
    {
        var rng = new Random(7);
        for (var n = 0; n < 200; n++)
        {
            var sb = new System.Text.StringBuilder();
            for (var i = rng.Next(0, 40); i > 0; i--)
            {
                var cp = rng.Next(4) switch { 0 => rng.Next(0x20, 0x7F), 1 => rng.Next(0x4E00, 0x9FFF), 2 => rng.Next(0x1F300, 0x1FAFF), _ => rng.Next(0, 0xD7FF) };
                sb.Append(char.ConvertFromUtf32(cp));
            }
            var s = sb.ToString();
            Assert.Equal(s, f.Tokenizer.Decode(f.Tokenizer.Encode(s)));
        }
    }

    [Fact]
    public void SpecialTokensOnlyWhenAllowed()
    {
        var t = f.Tokenizer;
        var text = "<|user|>头痛<|end|><|assistant|>";
        var allowed = t.Encode(text, allowSpecial: true);
        Assert.Equal(t.SpecialId("<|user|>"), allowed[0]);
        Assert.Equal(t.SpecialId("<|assistant|>"), allowed[^1]);
        Assert.Contains(t.SpecialId("<|end|>"), allowed);
        Assert.Equal(text, t.Decode(allowed));
        Assert.DoesNotContain(t.Encode(text), t.IsSpecial);
        Assert.Equal(t.SpecialId("<s>"), t.SpecialId("<|bos|>"));
        Assert.Throws<KeyNotFoundException>(() => t.SpecialId("<|nope|>"));
    }

    [Fact]
    public void LayoutIsSpecialsThenBytesThenMerges()
    {
        var t = f.Tokenizer;
        Assert.InRange(t.VocabSize, 500, 600); // stops early when no pair occurs twice
        Assert.Equal(0, t.SpecialId("<pad>"));
        Assert.Equal(new byte[] { 0x41 }, t.TokenBytes(SpecialTokens.ByteOffset + 0x41).ToArray());
        Assert.Equal("<0x0A>", SpecialTokens.ByteName(10));
    }

    [Fact]
    public void CompressesTrainingLikeText()
    {
        var s = TokenizerFixture.Texts[0];
        Assert.True(f.Tokenizer.Encode(s).Length * 3 < System.Text.Encoding.UTF8.GetByteCount(s));
    }

    [Fact]
    public void LoneSurrogateIsRejected() =>
        Assert.Throws<ArgumentException>(() => f.Tokenizer.Encode("ok\ud800"));
}
