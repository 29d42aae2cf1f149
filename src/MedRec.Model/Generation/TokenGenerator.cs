using MedRec.Model.Transformer;
using static TorchSharp.torch;

namespace MedRec.Model.Generation;

/// <summary>Autoregressive decoding of one sequence by our TorchSharp model with a KV cache (or full recompute), one dispose scope per step.</summary>
public static class TokenGenerator
{
    public static GenerationResult Generate(LlamaModel model, IReadOnlyList<int> prompt, GenerationOptions o, CancellationToken ct = default)
    {
        model.eval();
        using var noGrad = no_grad();
        using var cache = o.UseKvCache ? model.NewCache() : null;
        var seen = new List<int>(); // the whole sequence, for the no-cache path
        return DecodeLoop.Run(prompt, o, model.Config.MaxSeqLen, model.Config.VocabSize, pending =>
        {
            seen.AddRange(pending);
            var ids = cache is null ? seen : pending;
            using var scope = NewDisposeScope();
            var input = tensor(ids.Select(i => (long)i).ToArray(), [1, ids.Count]);
            return model.NextTokenLogits(input, cache).data<float>().ToArray(); // (1, V)
        }, ct);
    }
}
