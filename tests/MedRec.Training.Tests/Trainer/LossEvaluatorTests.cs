using MedRec.Model.Transformer;
using MedRec.Training.Data;
using MedRec.Training.Trainer;
using static TorchSharp.torch;

namespace MedRec.Training.Tests.Trainer;

[Collection(TorchCollection.Name)]
public sealed class LossEvaluatorTests
{
    [Fact]
    public void Total_nats_scores_every_token_after_the_first_once_whatever_the_window()
    {
        using var dir = new TempDir();
        var rng = new Random(11);
        TokenFile.Write(dir.File("v.u16"), Enumerable.Range(0, 50).Select(_ => rng.Next(64)), TokenFileFormat.UInt16);
        using var data = new TokenFile(dir.File("v.u16"));
        using var model = new LlamaModel(ModelConfig.Tiny(), seed: 2);

        var (whole, n) = LossEvaluator.TotalNats(model, data, seqLen: 64); // one window: the full sequence
        var (windowed, m) = LossEvaluator.TotalNats(model, data, seqLen: 16); // four windows, the last one short
        Assert.Equal(49, n);
        Assert.Equal(49, m);

        // Reference: per-token cross-entropy summed by hand within each 16-token window.
        var ids = new long[50];
        data.Read(0, ids);
        double reference = 0;
        using (no_grad())
            for (var s = 0; s + 1 < 50; s += 16)
            {
                var t = Math.Min(16, 49 - s);
                var logits = model.forward(tensor(ids[s..(s + t)], [1, t])).Logits;
                var logp = nn.functional.log_softmax(logits, -1);
                for (var j = 0; j < t; j++) reference -= logp[0, j, ids[s + j + 1]].item<float>();
            }
        Assert.Equal(reference, windowed, 2);
        Assert.True(whole < windowed + 5 && whole > 0);
    }
}
