using MedRec.Model.Generation;

namespace MedRec.Model.Tests.Generation;

public sealed class TokenSamplerTests
{
    private static readonly float[] s_logits = [0f, 5f, 4.9f, -2f, 1f];

    [Fact]
    public void Greedy_takes_the_argmax_within_the_allowed_set()
    {
        var o = new GenerationOptions();
        Assert.Equal(1, TokenSampler.Sample(s_logits, o, new Random(0), null));
        Assert.Equal(4, TokenSampler.Sample(s_logits, o, new Random(0), new HashSet<int> { 0, 3, 4 }));
        Assert.Equal(-1, TokenSampler.Sample(s_logits, o, new Random(0), new HashSet<int>()));
    }

    [Fact]
    public void Top_k_and_top_p_limit_the_candidates()
    {
        var rng = new Random(1);
        var topK = new GenerationOptions { Temperature = 5.0, TopK = 2 };
        var drawn = Enumerable.Range(0, 300).Select(_ => TokenSampler.Sample(s_logits, topK, rng, null)).ToHashSet();
        Assert.Equal(new HashSet<int> { 1, 2 }, drawn);
        var topP = new GenerationOptions { Temperature = 1.0, TopP = 0.3 };
        Assert.All(Enumerable.Range(0, 100), _ => Assert.Equal(1, TokenSampler.Sample(s_logits, topP, rng, null)));
        var wide = new GenerationOptions { Temperature = 10.0 };
        Assert.Equal(5, Enumerable.Range(0, 500).Select(_ => TokenSampler.Sample(s_logits, wide, rng, null)).Distinct().Count());
    }

    [Fact]
    public void Repetition_penalty_demotes_recent_ids_only_within_its_window()
    {
        var o = new GenerationOptions { RepetitionPenalty = 1.1 };
        Assert.Equal(2, TokenSampler.Sample(s_logits, o, new Random(0), null, [3, 1])); // 5/1.1 < 4.9
        Assert.Equal(1, TokenSampler.Sample(s_logits, o with { RepetitionWindow = 1 }, new Random(0), null, [1, 3]));
        Assert.Equal(1, TokenSampler.Sample(s_logits, o with { RepetitionPenalty = 1.0 }, new Random(0), null, [1]));
        float[] negative = [-1f, -1.05f];
        Assert.Equal(1, TokenSampler.Sample(negative, o, new Random(0), null, [0])); // -1 * 1.1 < -1.05
    }
}
