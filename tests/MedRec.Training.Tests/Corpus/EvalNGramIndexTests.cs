using MedRec.Training.Corpus;

namespace MedRec.Training.Tests.Corpus;

public class EvalNGramIndexTests
{
    private const string LongItem = "患者男性六十五岁反复咳嗽咳痰二十年加重伴气促一周入院查体双肺可闻及湿啰音胸片提示双下肺纹理增多考虑慢性阻塞性肺疾病急性加重期给予抗感染平喘化痰治疗";
    private const string ShortItem = "宝宝拉肚子三天了吃什么药好呢";

    private static EvalNGramIndex Index() => EvalNGramIndex.Build([LongItem, ShortItem, "shortness of breath"]);

    [Fact]
    public void WholeShortTestItemIsContamination()
    {
        Assert.True(Index().IsContaminated($"问：{ShortItem[..7]}，{ShortItem[7..]}？答：多喝水。"));
    }

    [Fact]
    public void FiftyCharacterPieceOfALongItemIsContamination()
    {
        Assert.True(Index().IsContaminated("前言" + LongItem.Substring(10, EvalNGramIndex.MatchChars) + "后记"));
        Assert.False(Index().IsContaminated("前言" + LongItem.Substring(10, EvalNGramIndex.MatchChars - 2) + "后记"));
    }

    [Fact]
    public void ShortGenericOverlapOrLatinNameIsNot()
    {
        Assert.False(Index().IsContaminated("另一个病人：" + LongItem.Substring(0, 20) + "，然后完全不同的内容。"));
        Assert.False(Index().IsContaminated("Patients with shortness of breath should see a doctor."));
        Assert.False(Index().IsContaminated("宝宝拉肚子三天了吃什么"));
    }

    [Fact]
    public void NormalisationIgnoresPunctuationSpacingAndWidth()
    {
        Assert.Equal("abc123中文", NGramOverlap.Normalize(" Ａ,b-C １２３ 中。文！"));
    }
}
