using MedRec.Core.Common;

namespace MedRec.Model.Generation;

/// <summary>
/// The backend-neutral half of autoregressive decoding: sampling, the allowed-token hook, stop ids, stop sequences
/// and the length limits. A backend supplies only <c>nextLogits(pending)</c>: feed the ids its cache has not seen
/// yet and return the logits of the next position. TorchSharp and llama.cpp share this loop, so both honour the
/// same <see cref="GenerationOptions"/> and give the same ids for the same logits.
/// </summary>
public static class DecodeLoop
{
    public static GenerationResult Run(IReadOnlyList<int> prompt, GenerationOptions o, int contextSize, int vocabSize,
        Func<IReadOnlyList<int>, float[]> nextLogits, CancellationToken ct = default)
    {
        if (prompt.Count == 0) throw new MedRecException("generation needs at least one prompt token");
        if (prompt.Any(t => t < 0 || t >= vocabSize))
            throw new MedRecException($"prompt token id out of range 0..{vocabSize - 1}");
        if (prompt.Count >= contextSize)
            throw new MedRecException($"prompt of {prompt.Count} tokens leaves no room in a context of {contextSize}");
        var rng = new Random(o.Seed);
        var all = new List<int>(prompt);
        var generated = new List<int>();
        IReadOnlyList<int> pending = prompt.ToArray(); // ids the backend has not seen yet
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (generated.Count >= o.MaxNewTokens) return new(generated, StopReason.MaxTokens);
            if (all.Count >= contextSize) return new(generated, StopReason.ContextFull);
            var logits = nextLogits(pending);
            var next = TokenSampler.Sample(logits, o, rng, o.AllowedTokens?.Invoke(generated), all);
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
