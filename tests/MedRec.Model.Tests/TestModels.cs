using MedRec.Model.Transformer;
using static TorchSharp.torch;

namespace MedRec.Model.Tests;

internal static class TestModels
{
    /// <summary>Tiny config with GQA (4 query heads, 2 kv heads), random weights from a fixed seed.</summary>
    public static LlamaModel Tiny(long seed = 7, int vocab = 64) => new(ModelConfig.Tiny(vocab), seed);

    /// <summary>Tiny model with weights scaled up so its greedy output varies (GPT-2 init is near-uniform and just repeats).</summary>
    public static LlamaModel Varied(long seed)
    {
        var m = Tiny(seed);
        using var noGrad = no_grad();
        foreach (var (name, p) in m.named_parameters())
            if (!name.EndsWith("norm.weight", StringComparison.Ordinal)) p.mul_(25);
        return m;
    }

    public static Dictionary<string, float[]> Weights(LlamaModel m) =>
        m.state_dict().ToDictionary(p => p.Key, p => p.Value.contiguous().data<float>().ToArray());

    public static int[] RandomTokens(int n, int vocab, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => rng.Next(vocab)).ToArray();
    }

    public static Tensor Batch(int[] ids) => tensor(ids.Select(i => (long)i).ToArray(), [1, ids.Length]);
}
