using MedRec.Model.Generation;

namespace MedRec.Model.Tests.Generation;

[Collection(TorchCollection.Name)]
public sealed class TokenGeneratorTests
{
    private static readonly int[] s_prompt = [3, 14, 15, 9, 26, 5];

    [Fact]
    public void Kv_cache_generation_equals_full_recompute_greedy()
    {
        using var m = TestModels.Varied(seed: 11);
        var o = new GenerationOptions { MaxNewTokens = 40 };
        var cached = TokenGenerator.Generate(m, s_prompt, o);
        var full = TokenGenerator.Generate(m, s_prompt, o with { UseKvCache = false });
        Assert.Equal(40, cached.Tokens.Count);
        Assert.Equal(full.Tokens, cached.Tokens);
        Assert.True(cached.Tokens.Distinct().Count() > 1, "a random model should not emit one token forever");
    }

    [Fact]
    public void Kv_cache_generation_equals_full_recompute_when_sampling()
    {
        using var m = TestModels.Varied(seed: 12);
        var o = new GenerationOptions { MaxNewTokens = 30, Temperature = 1.0, TopK = 20, TopP = 0.9, Seed = 4 };
        Assert.Equal(TokenGenerator.Generate(m, s_prompt, o with { UseKvCache = false }).Tokens,
            TokenGenerator.Generate(m, s_prompt, o).Tokens);
    }

    [Fact]
    public void Same_seed_same_sample_other_seed_differs()
    {
        using var m = TestModels.Varied(seed: 12);
        var o = new GenerationOptions { MaxNewTokens = 30, Temperature = 1.5, Seed = 1 };
        var a = TokenGenerator.Generate(m, s_prompt, o).Tokens;
        Assert.Equal(a, TokenGenerator.Generate(m, s_prompt, o).Tokens);
        Assert.NotEqual(a, TokenGenerator.Generate(m, s_prompt, o with { Seed = 2 }).Tokens);
    }

    [Fact]
    public void Stop_token_and_stop_sequence_end_generation_and_are_not_returned()
    {
        using var m = TestModels.Varied(seed: 11);
        var free = TokenGenerator.Generate(m, s_prompt, new GenerationOptions { MaxNewTokens = 20 }).Tokens;
        var stopAt = free[5];
        var first = free.ToList().IndexOf(stopAt);
        var byToken = TokenGenerator.Generate(m, s_prompt, new GenerationOptions { MaxNewTokens = 20, StopTokenIds = new HashSet<int> { stopAt } });
        Assert.Equal(StopReason.StopToken, byToken.Reason);
        Assert.Equal(free.Take(first), byToken.Tokens);

        var seq = new[] { free[3], free[4] };
        var bySeq = TokenGenerator.Generate(m, s_prompt, new GenerationOptions { MaxNewTokens = 20, StopSequences = [seq] });
        Assert.Equal(StopReason.StopSequence, bySeq.Reason);
        Assert.Equal(free.Take(3), bySeq.Tokens.Take(3));
        Assert.True(bySeq.Tokens.Count <= 3);
    }

    [Fact]
    public void Allowed_token_hook_constrains_every_step()
    {
        using var m = TestModels.Varied(seed: 11);
        var allowed = new HashSet<int> { 1, 2, 3 };
        var seen = new List<int>();
        var o = new GenerationOptions
        {
            MaxNewTokens = 10, Temperature = 1.0, Seed = 3,
            AllowedTokens = so_far => { seen.Add(so_far.Count); return so_far.Count < 5 ? allowed : new HashSet<int>(); },
        };
        var r = TokenGenerator.Generate(m, s_prompt, o);
        Assert.Equal(StopReason.NoAllowedToken, r.Reason);
        Assert.Equal(5, r.Tokens.Count);
        Assert.All(r.Tokens, t => Assert.Contains(t, allowed));
        Assert.Equal([0, 1, 2, 3, 4, 5], seen);
    }

    [Fact]
    public void Generation_stops_when_the_context_is_full()
    {
        using var m = TestModels.Varied(seed: 11);
        var r = TokenGenerator.Generate(m, s_prompt, new GenerationOptions { MaxNewTokens = 1000 });
        Assert.Equal(StopReason.ContextFull, r.Reason);
        Assert.Equal(m.Config.MaxSeqLen - s_prompt.Length, r.Tokens.Count);
    }
}
