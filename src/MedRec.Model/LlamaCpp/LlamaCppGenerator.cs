using LLama;
using LLama.Common;
using LLama.Native;
using MedRec.Model.Generation;

namespace MedRec.Model.LlamaCpp;

/// <summary>
/// Continuation of token ids by llama.cpp (LLamaSharp) on an exported GGUF file: the fast CPU serving path.
/// Ids in, ids out — MedRec's own tokenizer stays the single source of text ↔ ids, and the sampling, stop and
/// constraint logic is the same <see cref="DecodeLoop"/> the TorchSharp path uses; llama.cpp only computes logits.
/// </summary>
public sealed class LlamaCppGenerator : IDisposable
{
    private readonly LLamaWeights _weights;
    private readonly ModelParams _params;

    public LlamaCppGenerator(string ggufPath, int contextSize = 512, int threads = 2)
    {
        _params = new ModelParams(ggufPath) { ContextSize = (uint)contextSize, GpuLayerCount = 0, BatchSize = 512, Threads = threads };
        _weights = LLamaWeights.LoadFromFile(_params);
    }

    public GenerationResult Generate(IReadOnlyList<int> prompt, GenerationOptions o, CancellationToken ct = default)
    {
        using var ctx = _weights.CreateContext(_params);
        var batch = new LLamaBatch();
        var pos = 0;
        return DecodeLoop.Run(prompt, o, (int)_params.ContextSize!.Value, _weights.Vocab.Count, pending =>
        {
            batch.Clear();
            for (var i = 0; i < pending.Count; i++) batch.Add(pending[i], pos++, LLamaSeqId.Zero, i == pending.Count - 1);
            if (ctx.Decode(batch) != DecodeResult.Ok) throw new InvalidOperationException("llama.cpp failed to decode the batch");
            return ctx.NativeHandle.GetLogitsIth(batch.TokenCount - 1).ToArray();
        }, ct);
    }

    public void Dispose() => _weights.Dispose();
}
