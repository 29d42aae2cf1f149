using MedRec.Eval.LanguageModel;

namespace MedRec.Eval.Tests.LanguageModel;

public class KneserNeyModelTests
{
    private const string Train = "头痛发热三天。头痛头晕两天。发热咳嗽一周。abracadabra cadabra abra\n\n高血压头晕。头痛发热，咳嗽。";

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void DistributionSumsToOneInEveryContext(int order)
    {
        var m = KneserNeyFitter.Fit(CodePoints.Of(Train), order);
        foreach (var ctx in new[] { "", "头", "头痛", "头痛发热", "abra", "咳嗽一周", "😀未见", "x头痛发" })
        {
            var h = CodePoints.Of(ctx);
            var sum = m.Vocabulary.Sum(c => m.Probability(h, c)) + m.UnseenMass(h);
            Assert.Equal(1.0, sum, 12);
        }
    }

    [Fact]
    public void UnseenCharactersShareTheUnseenMassEvenly()
    {
        var m = KneserNeyFitter.Fit(CodePoints.Of(Train), 5);
        var h = CodePoints.Of("头痛");
        var p = m.Probability(h, char.ConvertToUtf32("😀", 0));
        Assert.Equal(m.UnseenMass(h) / (CodePoints.UnicodeScalars - m.VocabularySize), p, 15);
        Assert.True(p > 0);
    }

    [Fact]
    public void LearnsFromContext()
    {
        var m = KneserNeyFitter.Fit(CodePoints.Of(Train), 5);
        Assert.True(m.Probability(CodePoints.Of("abracad"), 'a') > 0.5);
        Assert.True(m.Probability(CodePoints.Of("头痛发"), '热') > m.Probability([], '热'));
    }

    [Fact]
    public void FilteredFitScoresLikeTheFullModel()
    {
        var val = CodePoints.Of("头痛发热两天，咳嗽。abra cadabra 新字");
        var train = CodePoints.Of(Train);
        var full = KneserNeyFitter.Fit(train, 5);
        var filtered = KneserNeyFitter.Fit(train, 5, NeededKeys.For(val, 5));
        Assert.Equal(full.Bits(val), filtered.Bits(val), 9);
    }

    [Fact]
    public void MatchesNaiveReference()
    {
        var train = CodePoints.Of(Train);
        var model = KneserNeyFitter.Fit(train, 4);
        var naive = new NaiveKneserNey(train, 4);
        var val = CodePoints.Of("头痛发热咳嗽。abracadabra 头晕");
        for (var i = 0; i < val.Length; i++)
        {
            var h = val[Math.Max(0, i - 3)..i];
            Assert.Equal(naive.Probability(h, val[i]), model.Probability(h, val[i]), 12);
        }
    }
}
