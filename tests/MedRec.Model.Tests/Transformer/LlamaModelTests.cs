using MedRec.Model.Reference;
using MedRec.Model.Transformer;
using static TorchSharp.torch;

namespace MedRec.Model.Tests.Transformer;

[Collection(TorchCollection.Name)]
public sealed class LlamaModelTests
{
    [Fact]
    public void Parameter_names_and_shapes_match_the_approved_list()
    {
        using var m = TestModels.Tiny();
        var actual = m.named_parameters().Select(p => $"{p.name} [{string.Join(", ", p.parameter.shape)}]").ToList();
        var approved = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Transformer", "ParameterNames.approved.txt"))
            .Where(l => l.Length > 0).ToList();
        Assert.Equal(approved, actual);
    }

    [Theory]
    [InlineData("small", 256, 4, 5_261_568)]
    [InlineData("base", 384, 6, 13_693_824)]
    public void Presets_have_their_documented_sizes(string preset, int dim, int layers, long parameters)
    {
        var c = ModelConfig.FromPreset(preset, 8000);
        Assert.Equal((dim, layers), (c.Dim, c.Layers));
        using var m = new LlamaModel(c);
        Assert.Equal(parameters, m.ParameterCount);
        Assert.Equal(c, ModelConfig.FromJson(c.ToJson()));
    }

    [Fact]
    public void State_dict_has_no_separate_output_head_and_no_rope_tables()
    {
        using var m = TestModels.Tiny();
        var keys = m.state_dict().Keys.ToList();
        Assert.DoesNotContain(keys, k => k.Contains("rope") || k.Contains("head"));
        Assert.Equal(m.named_parameters().Count(), keys.Count);
    }

    [Fact]
    public void Initialisation_depends_only_on_the_seed_and_scales_residual_projections()
    {
        using var a = TestModels.Tiny(seed: 4);
        using var b = TestModels.Tiny(seed: 4);
        using var c = TestModels.Tiny(seed: 5);
        var wa = TestModels.Weights(a);
        Assert.All(TestModels.Weights(b), p => Assert.Equal(wa[p.Key], p.Value));
        Assert.NotEqual(wa["embed.weight"], TestModels.Weights(c)["embed.weight"]);
        static double Std(float[] v) => Math.Sqrt(v.Average(x => (double)x * x));
        Assert.InRange(Std(wa["embed.weight"]), 0.018, 0.022);
        Assert.InRange(Std(wa["layers.0.ffn.w2.weight"]), 0.009, 0.011); // 0.02 / sqrt(2 · 2 layers)
        Assert.All(wa["norm.weight"], v => Assert.Equal(1f, v));
    }

    [Fact]
    public void Logits_match_the_naive_reference()
    {
        using var m = TestModels.Tiny(seed: 3);
        var tokens = TestModels.RandomTokens(12, m.Config.VocabSize, seed: 5);
        var expected = new NaiveLlama(m.Config, TestModels.Weights(m)).Forward(tokens);
        using var scope = NewDisposeScope();
        var logits = m.forward(TestModels.Batch(tokens)).Logits; // (1, T, V)
        var actual = logits.data<float>().ToArray();
        var max = 0.0;
        for (var i = 0; i < tokens.Length; i++)
            for (var v = 0; v < m.Config.VocabSize; v++)
                max = Math.Max(max, Math.Abs(expected[i][v] - actual[i * m.Config.VocabSize + v]));
        Assert.True(max < 1e-4, $"max |fast - naive| = {max}");

        // Loss: mean −log softmax of the next token, from the naive logits.
        var naiveLoss = Enumerable.Range(0, tokens.Length - 1).Average(i =>
        {
            var row = expected[i].Select(v => (double)v).ToArray();
            var lse = row.Max() + Math.Log(row.Sum(v => Math.Exp(v - row.Max())));
            return lse - row[tokens[i + 1]];
        });
        var loss = m.forward(TestModels.Batch(tokens[..^1]), TestModels.Batch(tokens[1..])).Loss!.item<float>();
        Assert.Equal(naiveLoss, loss, 1e-4);
        Assert.True(expected[3].Select(Math.Abs).Max() > 1e-3, "logits must not be trivially zero");
    }

    [Fact]
    public void Bf16_autocast_logits_stay_close_to_fp32()
    {
        using var m = TestModels.Tiny();
        var tokens = TestModels.RandomTokens(16, m.Config.VocabSize, seed: 3);
        using var scope = NewDisposeScope();
        var full = m.forward(TestModels.Batch(tokens)).Logits;
        Tensor low;
        using (Autocast.Bf16()) low = m.forward(TestModels.Batch(tokens)).Logits;
        Assert.Equal(ScalarType.Float32, low.dtype);
        var err = (low - full).abs().max().item<float>();
        var scale = full.abs().max().item<float>();
        Assert.True(err < 0.05 * scale, $"bf16 logits differ by {err} (scale {scale})");
        Assert.True(err > 0, "autocast must actually change the arithmetic");
    }

    [Fact]
    public void Last_position_logits_equal_the_full_forward_last_row()
    {
        using var m = TestModels.Tiny();
        var tokens = TestModels.RandomTokens(9, m.Config.VocabSize, seed: 1);
        using var scope = NewDisposeScope();
        var full = m.forward(TestModels.Batch(tokens)).Logits.select(1, tokens.Length - 1);
        var last = m.NextTokenLogits(TestModels.Batch(tokens));
        Assert.True(full.allclose(last, rtol: 0, atol: 1e-6));
    }

    [Fact]
    public void Chunked_forward_through_the_kv_cache_equals_one_full_forward()
    {
        using var m = TestModels.Varied(seed: 8);
        var tokens = TestModels.RandomTokens(12, m.Config.VocabSize, seed: 6);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var full = m.forward(TestModels.Batch(tokens)).Logits; // (1, 12, V)
        using var cache = m.NewCache();
        var parts = new[] { tokens[..5], tokens[5..9], tokens[9..10], tokens[10..] }; // prefill, a block after a prefix, single steps
        var at = 0;
        foreach (var part in parts)
        {
            at += part.Length;
            var last = m.NextTokenLogits(TestModels.Batch(part), cache); // (1, V)
            Assert.Equal(at, cache.Length);
            var expected = full.select(1, at - 1);
            var diff = last.sub(expected).abs().max().item<float>();
            Assert.True(diff < 1e-4, $"after {at} tokens: max diff {diff}");
        }
    }

    [Fact]
    public void Loss_is_near_log_vocab_at_initialisation()
    {
        using var m = TestModels.Tiny();
        var tokens = TestModels.RandomTokens(33, m.Config.VocabSize, seed: 2);
        using var scope = NewDisposeScope();
        var x = TestModels.Batch(tokens[..^1]);
        var y = TestModels.Batch(tokens[1..]);
        var loss = m.forward(x, y).Loss!.item<float>();
        Assert.InRange(loss, Math.Log(64) - 0.3, Math.Log(64) + 0.3);
    }

    [Fact]
    public void Too_long_input_is_a_clear_error()
    {
        using var m = TestModels.Tiny();
        using var scope = NewDisposeScope();
        var e = Assert.Throws<MedRec.Core.Common.MedRecException>(() => m.forward(zeros(1, 65, dtype: ScalarType.Int64)));
        Assert.Contains("maximum of 64", e.Message);
    }
}
