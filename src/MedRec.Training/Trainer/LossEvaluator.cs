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
}
