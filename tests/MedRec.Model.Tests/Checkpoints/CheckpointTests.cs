using MedRec.Model.Checkpoints;
using MedRec.Model.Transformer;
using static TorchSharp.torch;

namespace MedRec.Model.Tests.Checkpoints;

[Collection(TorchCollection.Name)]
public sealed class CheckpointTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "medrec-ckpt-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, true);
    }

    private static float[] Logits(LlamaModel m, int[] tokens)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        return m.forward(TestModels.Batch(tokens)).Logits.data<float>().ToArray();
    }

    [Fact]
    public void Own_checkpoint_round_trip_is_bit_exact_and_keeps_the_config()
    {
        using var m = TestModels.Tiny(seed: 21, vocab: 50);
        ModelCheckpoint.Save(m, _dir);
        using var back = ModelCheckpoint.Load(_dir);
        Assert.Equal(m.Config, back.Config);
        var tokens = TestModels.RandomTokens(10, 50, seed: 3);
        Assert.Equal(Logits(m, tokens), Logits(back, tokens));
    }

    [Fact]
    public void Hugging_face_fp32_export_round_trips_to_equal_logits()
    {
        using var m = TestModels.Tiny(seed: 22);
        HfLlamaFormat.Export(m, _dir);
        var names = SafeTensors.Read(Path.Combine(_dir, "model.safetensors")).Tensors.Select(t => t.Name).ToList();
        Assert.Contains("model.embed_tokens.weight", names);
        Assert.Contains("model.layers.1.mlp.down_proj.weight", names);
        Assert.DoesNotContain("lm_head.weight", names);
        using var back = HfLlamaFormat.Load(_dir);
        var tokens = TestModels.RandomTokens(10, 64, seed: 4);
        Assert.Equal(Logits(m, tokens), Logits(back, tokens));
    }

    [Fact]
    public void Hugging_face_bf16_export_round_trips_within_bf16_precision()
    {
        using var m = TestModels.Tiny(seed: 23);
        HfLlamaFormat.Export(m, _dir, SafeTensorDType.BF16);
        Assert.Contains("\"bfloat16\"", File.ReadAllText(Path.Combine(_dir, "config.json")));
        using var back = HfLlamaFormat.Load(_dir);
        var tokens = TestModels.RandomTokens(10, 64, seed: 5);
        var a = Logits(m, tokens);
        var b = Logits(back, tokens);
        var maxDiff = a.Zip(b, (x, y) => Math.Abs(x - y)).Max();
        Assert.InRange(maxDiff, 1e-7, 5e-3); // not equal (bf16 rounds), but close
    }

    [Fact]
    public void Key_mapping_is_a_bijection()
    {
        using var m = TestModels.Tiny();
        foreach (var (name, _) in m.named_parameters()) Assert.Equal(name, HfLlamaFormat.FromHf(HfLlamaFormat.ToHf(name)));
        Assert.Throws<MedRec.Core.Common.MedRecException>(() => HfLlamaFormat.FromHf("model.layers.0.self_attn.rotary_emb.inv_freq"));
    }

    [Theory]
    [InlineData(1.0f)]
    [InlineData(-3.140625f)]
    [InlineData(1.00390625f)] // exactly halfway between two bf16 values: rounds to even
    public void Bf16_conversion_rounds_to_nearest_even(float f)
    {
        var back = SafeTensors.FromBf16(SafeTensors.ToBf16(f));
        Assert.True(Math.Abs(back - f) <= Math.Abs(f) / 128);
        if (f == 1.00390625f) Assert.Equal(1.0f, back);
    }
}
