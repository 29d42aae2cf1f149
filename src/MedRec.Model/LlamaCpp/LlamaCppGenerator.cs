using LLama;
using LLama.Common;
using LLama.Native;

namespace MedRec.Model.LlamaCpp;

/// <summary>
/// Greedy or sampled continuation of token ids by llama.cpp (LLamaSharp) on an exported GGUF file: the fast CPU
/// serving path. Ids in, ids out — MedRec's own tokenizer stays the single source of text ↔ ids.
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

    public IReadOnlyList<int> Generate(IReadOnlyList<int> prompt, int maxNewTokens, IReadOnlySet<int> stopIds, double temperature = 0, int seed = 0)
    {
        using var ctx = _weights.CreateContext(_params);
        var rng = new Random(seed);
        var output = new List<int>();
        var batch = new LLamaBatch();
        for (var i = 0; i < prompt.Count; i++) batch.Add(prompt[i], i, LLamaSeqId.Zero, i == prompt.Count - 1);
        var pos = prompt.Count;
        for (var step = 0; step < maxNewTokens && pos < _params.ContextSize; step++)
        {
            if (ctx.Decode(batch) != DecodeResult.Ok) break;
            var logits = ctx.NativeHandle.GetLogitsIth(batch.TokenCount - 1).ToArray();
            var next = temperature <= 0 ? ArgMax(logits) : Sample(logits, temperature, rng);
            if (stopIds.Contains(next)) break;
            output.Add(next);
            batch.Clear();
            batch.Add(next, pos++, LLamaSeqId.Zero, true);
        }
        return output;
    }

    private static int ArgMax(float[] x)
    {
        var best = 0;
        for (var i = 1; i < x.Length; i++) if (x[i] > x[best]) best = i;
        return best;
    }

    private static int Sample(float[] logits, double temperature, Random rng)
    {
        var max = logits.Max();
        var p = logits.Select(l => Math.Exp((l - max) / temperature)).ToArray();
        var u = rng.NextDouble() * p.Sum();
        for (var i = 0; i < p.Length; i++) if ((u -= p[i]) <= 0) return i;
        return p.Length - 1;
    }

    public void Dispose() => _weights.Dispose();
}
