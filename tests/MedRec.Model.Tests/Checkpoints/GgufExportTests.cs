using LLama;
using LLama.Common;
using LLama.Native;
using MedRec.Model.Checkpoints;
using MedRec.Model.Transformer;
using static TorchSharp.torch;

namespace MedRec.Model.Tests.Checkpoints;

[Collection(TorchCollection.Name)]
public sealed class GgufExportTests : IDisposable
{
    private const int Vocab = 300;
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"medrec-{Guid.NewGuid():N}.gguf");

    public void Dispose() => File.Delete(_path);

    /// <summary>A SentencePiece-shaped vocabulary: unk, bos, eos, 256 byte tokens, then words.</summary>
    private static GgufVocab TestVocab()
    {
        var tokens = new List<string> { "<unk>", "<s>", "</s>" };
        var types = new List<int> { 2, 3, 3 };
        for (var b = 0; b < 256; b++) { tokens.Add($"<0x{b:X2}>"); types.Add(6); }
        while (tokens.Count < Vocab) { tokens.Add($"▁w{tokens.Count}"); types.Add(1); }
        return new GgufVocab("llama", tokens, types, 1, 2, Enumerable.Repeat(0f, Vocab).ToList(), UnknownId: 0);
    }

    [Theory]
    [InlineData(false, 1e-5)]
    [InlineData(true, 1e-2)] // F16 matrices round each weight to 11 significant bits
    public void Llama_cpp_logits_match_ours(bool f16, double tolerance)
    {
        using var m = new LlamaModel(ModelConfig.Tiny(Vocab), seed: 31);
        using (no_grad()) foreach (var (name, w) in m.named_parameters()) if (!name.EndsWith("norm.weight")) w.mul_(10);
        GgufExport.Export(m, _path, TestVocab(), f16);
        var tokens = TestModels.RandomTokens(10, Vocab, seed: 8);
        float[] ours;
        using (NewDisposeScope()) using (no_grad()) ours = m.forward(TestModels.Batch(tokens)).Logits.data<float>().ToArray();

        var p = new ModelParams(_path) { ContextSize = 64, GpuLayerCount = 0, BatchSize = 64, UBatchSize = 64, Threads = 1,
            TypeK = GGMLType.GGML_TYPE_F32, TypeV = GGMLType.GGML_TYPE_F32, FlashAttention = false }; // F16 cache / flash attention round
        using var weights = LLamaWeights.LoadFromFile(p);
        using var ctx = weights.CreateContext(p);
        var batch = new LLamaBatch();
        for (var i = 0; i < tokens.Length; i++) batch.Add(tokens[i], i, LLamaSeqId.Zero, true);
        Assert.Equal(DecodeResult.Ok, ctx.Decode(batch));
        var scale = ours.Max(Math.Abs);
        var maxDiff = 0.0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var theirs = ctx.NativeHandle.GetLogitsIth(i).ToArray();
            Assert.Equal(Vocab, theirs.Length);
            for (var v = 0; v < Vocab; v++) maxDiff = Math.Max(maxDiff, Math.Abs(theirs[v] - ours[i * Vocab + v]));
        }
        Assert.True(scale > 0.5, $"logits too flat to compare ({scale})");
        Assert.True(maxDiff / scale < tolerance, $"max |llama.cpp - ours| = {maxDiff} at logit scale {scale}");
    }
}
