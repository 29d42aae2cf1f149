using MedRec.Model.Transformer;
using MedRec.Training.Data;
using static TorchSharp.torch;

namespace MedRec.Training.Trainer;

/// <summary>Mean next-token loss of a model over a fixed, seeded set of windows from a token range (no gradients).</summary>
public static class LossEvaluator
{
    public static double MeanLoss(LlamaModel model, TokenFile data, long start, long end, int batch, int seqLen, int batches, ulong seed, bool bf16 = false)
    {
        var wasTraining = model.training;
        model.eval();
        using var noGrad = no_grad();
        var sampler = new BatchSampler(data, start, end, batch, seqLen, seed);
        double sum = 0;
        for (var i = 0; i < batches; i++)
        {
            using var scope = NewDisposeScope();
            using var cast = Autocast.Bf16(bf16);
            var (x, y) = sampler.Next();
            sum += model.forward(tensor(x, [batch, seqLen]), tensor(y, [batch, seqLen])).Loss!.item<float>();
        }
        model.train(wasTraining);
        return sum / batches;
    }

    /// <summary>
    /// Total next-token loss (nats) over a whole token range, every token after the first scored exactly once:
    /// consecutive windows of <paramref name="seqLen"/> targets, each window's input starting one token earlier.
    /// </summary>
    public static (double TotalNats, long Scored) TotalNats(LlamaModel model, TokenFile data, int seqLen, long maxTokens = long.MaxValue, bool bf16 = false)
    {
        var wasTraining = model.training;
        model.eval();
        using var noGrad = no_grad();
        var end = Math.Min(data.Count, maxTokens);
        double total = 0;
        long scored = 0;
        for (long start = 0; start + 1 < end; start += seqLen)
        {
            using var scope = NewDisposeScope();
            using var cast = Autocast.Bf16(bf16);
            var t = (int)Math.Min(seqLen, end - 1 - start);
            var window = new long[t + 1];
            data.Read(start, window);
            var x = tensor(window[..t], [1, t]);
            var y = tensor(window[1..], [1, t]);
            total += model.forward(x, y).Loss!.item<float>() * (double)t;
            scored += t;
        }
        model.train(wasTraining);
        return (total, scored);
    }
}
