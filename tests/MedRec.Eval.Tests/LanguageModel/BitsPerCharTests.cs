using MedRec.Eval.LanguageModel;

namespace MedRec.Eval.Tests.LanguageModel;

public class BitsPerCharTests
{
    [Fact]
    public void NatsToBitsPerCharacter()
    {
        Assert.Equal(1.0, BitsPerChar.FromNats(Math.Log(2) * 1000, 1000), 12);
        Assert.Equal(2.0, BitsPerChar.FromMeanTokenLoss(Math.Log(2) * 4, tokens: 500, chars: 1000), 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => BitsPerChar.FromNats(1, 0));
    }

    [Fact]
    public void CodePointsCountEmojiOnce() => Assert.Equal(3, CodePoints.Count("a😀中"));

    [Fact]
    public void XzCompressesRepetitiveTextFarBelowRandomText()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"xz-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var rep = Path.Combine(dir, "rep.txt");
        var rnd = Path.Combine(dir, "rnd.txt");
        File.WriteAllText(rep, string.Concat(Enumerable.Repeat("头痛发热咳嗽。", 2000)));
        var rng = new Random(1);
        File.WriteAllText(rnd, new string(Enumerable.Range(0, 14000).Select(_ => (char)rng.Next(33, 127)).ToArray()));
        var a = XzCompressor.CompressedBytes(rep);
        var b = XzCompressor.CompressedBytes(rnd);
        Assert.InRange(a, 1, 1000);
        Assert.True(b > 10000);
        Directory.Delete(dir, true);
    }
}
