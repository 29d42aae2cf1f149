using MedRec.Core.Common;
using MedRec.Model.Transformer;
using static TorchSharp.torch;

namespace MedRec.Model.Generation;

/// <summary>Autoregressive decoding of one sequence with a KV cache (or full recompute), one dispose scope per step.</summary>
public static class TokenGenerator
{
    public static GenerationResult Generate(LlamaModel model, IReadOnlyList<int> prompt, GenerationOptions o, CancellationToken ct = default)
    {
        if (prompt.Count == 0) throw new MedRecException("generation needs at least one prompt token");
        if (prompt.Any(t => t < 0 || t >= model.Config.VocabSize))
            throw new MedRecException($"prompt token id out of range 0..{model.Config.VocabSize - 1}");
        if (prompt.Count >= model.Config.MaxSeqLen)
            throw new MedRecException($"prompt of {prompt.Count} tokens leaves no room in a context of {model.Config.MaxSeqLen}");
        model.eval();
        using var noGrad = no_grad();
        using var cache = o.UseKvCache ? model.NewCache() : null;
        var rng = new Random(o.Seed);
        var all = new List<int>(prompt);
        var generated = new List<int>();
        var pending = prompt.ToArray(); // tokens not yet seen by the cache
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (generated.Count >= o.MaxNewTokens) return new(generated, StopReason.MaxTokens);
            if (all.Count >= model.Config.MaxSeqLen) return new(generated, StopReason.ContextFull);
            float[] logits;
            using (NewDisposeScope())
            {
                var input = tensor(Array.ConvertAll(cache is null ? all.ToArray() : pending, i => (long)i), [1, cache is null ? all.Count : pending.Length]);
                logits = model.NextTokenLogits(input, cache).data<float>().ToArray(); // (1, V)
            }
            var next = TokenSampler.Sample(logits, o, rng, o.AllowedTokens?.Invoke(generated));
            if (next < 0) return new(generated, StopReason.NoAllowedToken);
            if (o.StopTokenIds.Contains(next)) return new(generated, StopReason.StopToken);
            generated.Add(next);
            all.Add(next);
            pending = [next];
            foreach (var stop in o.StopSequences)
            {
                if (stop.Count == 0 || stop.Count > generated.Count) continue;
                if (generated.Skip(generated.Count - stop.Count).SequenceEqual(stop))
                    return new(generated.Take(generated.Count - stop.Count).ToList(), StopReason.StopSequence);
            }
        }
    }
}
