using MedRec.Model.Transformer;
using MedRec.Training.Data;
using MedRec.Training.Trainer;
using static TorchSharp.torch;

namespace MedRec.Training.Tests.Trainer;

[Collection(TorchCollection.Name)]
public sealed class ModelTrainerTests
{
    private static readonly TrainerOptions s_options = new()
    {
        BatchSize = 4, SeqLen = 16, LearningRate = 3e-3, MinLearningRate = 3e-4, WarmupSteps = 2, ValFraction = 0.1, Seed = 5,
    };

    private static TokenFile RandomFile(TempDir dir, int n = 4000)
    {
        var rng = new Random(3);
        TokenFile.Write(dir.File("tok.u16"), Enumerable.Range(0, n).Select(_ => rng.Next(64)), TokenFileFormat.UInt16);
        return new TokenFile(dir.File("tok.u16"));
    }

    private static Dictionary<string, float[]> Weights(LlamaModel m) =>
        m.state_dict().ToDictionary(p => p.Key, p => p.Value.data<float>().ToArray());

    [Fact]
    public void Loss_falls_on_a_repeated_sequence()
    {
        using var dir = new TempDir();
        var pattern = Enumerable.Range(0, 24).Select(i => i * 7 % 64).ToArray();
        TokenFile.Write(dir.File("rep.u16"), Enumerable.Repeat(pattern, 200).SelectMany(p => p), TokenFileFormat.UInt16);
        using var data = new TokenFile(dir.File("rep.u16"));
        using var model = new LlamaModel(ModelConfig.Tiny(), seed: 1);
        var r = new ModelTrainer(model, data, s_options with { Steps = 30, LearningRate = 1e-2, MinLearningRate = 1e-3 }, TextWriter.Null)
            .Run(null, false, CancellationToken.None);
        Assert.Equal(30, r.Steps.Count);
        Assert.InRange(r.Steps[0].Loss, 3.5, 4.8); // ≈ ln 64 at init
        Assert.True(r.Steps[^1].Loss < 1.0, $"final loss {r.Steps[^1].Loss}");
        Assert.True(r.LastValLoss < 1.0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Resume_after_cancellation_reproduces_the_uninterrupted_run_exactly(bool bf16)
    {
        using var dir = new TempDir();
        using var data = RandomFile(dir);
        var o = s_options with { Steps = 6, GradAccum = 2, EvalEvery = 2, Bf16 = bf16 };

        using var straight = new LlamaModel(ModelConfig.Tiny(), seed: 9);
        var full = new ModelTrainer(straight, data, o, TextWriter.Null).Run(null, false, CancellationToken.None);

        var outDir = dir.File("run");
        using var cts = new CancellationTokenSource();
        using (var first = new LlamaModel(ModelConfig.Tiny(), seed: 9))
        {
            var part = new ModelTrainer(first, data, o, TextWriter.Null).Run(outDir, false, cts.Token, s => { if (s.Step == 3) cts.Cancel(); });
            Assert.True(part.Cancelled);
            Assert.Equal(3, part.FinalStep);
        }
        // As if a killed run had logged a step past its checkpoint: the resume drops that line.
        File.AppendAllText(Path.Combine(outDir, ModelTrainer.LogFile), "{\"step\":4,\"loss\":9}\n");
        using var resumed = new LlamaModel(ModelConfig.Tiny(), seed: 100); // different init: everything must come from the checkpoint
        var rest = new ModelTrainer(resumed, data, o, TextWriter.Null).Run(outDir, true, CancellationToken.None);

        Assert.Equal(full.Steps.Skip(3).Select(s => s.Step), rest.Steps.Select(s => s.Step));
        Assert.Equal(full.Steps.Skip(3).Select(s => s.Loss), rest.Steps.Select(s => s.Loss));
        Assert.Equal(full.Steps.Skip(3).Select(s => s.ValLoss), rest.Steps.Select(s => s.ValLoss));
        var a = Weights(straight);
        var b = Weights(resumed);
        Assert.All(a, p => Assert.Equal(p.Value, b[p.Key]));
        var logged = File.ReadAllLines(Path.Combine(outDir, ModelTrainer.LogFile));
        Assert.Equal(Enumerable.Range(1, 6), logged.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("step").GetInt32()));
        Assert.True(File.Exists(Path.Combine(outDir, MedRec.Training.Plotting.LossCurveChart.FileName)), "the loss chart is drawn at checkpoints");
    }

    [Fact]
    public void Weight_decay_applies_to_matrices_only()
    {
        using var m = new LlamaModel(ModelConfig.Tiny(), seed: 1);
        var (decay, noDecay) = ModelTrainer.DecayGroups(m);
        Assert.Contains("embed.weight", decay);
        Assert.Contains("layers.1.ffn.w2.weight", decay);
        Assert.All(noDecay, n => Assert.EndsWith("norm.weight", n));
        Assert.Equal(2 * 2 + 1, noDecay.Count); // two norms per layer + the final norm
    }

    [Fact]
    public void Resume_with_different_batch_size_is_refused()
    {
        using var dir = new TempDir();
        using var data = RandomFile(dir);
        var outDir = dir.File("run");
        using var m = new LlamaModel(ModelConfig.Tiny(), seed: 1);
        new ModelTrainer(m, data, s_options with { Steps = 1 }, TextWriter.Null).Run(outDir, false, CancellationToken.None);
        var e = Assert.Throws<MedRec.Core.Common.MedRecException>(() =>
            new ModelTrainer(m, data, s_options with { Steps = 1, BatchSize = 2 }, TextWriter.Null).Run(outDir, true, CancellationToken.None));
        Assert.Contains("resume with the same values", e.Message);
    }

    [Fact]
    public void Bf16_autocast_trains_with_float32_master_weights()
    {
        using var dir = new TempDir();
        using var data = RandomFile(dir);
        using var m = new LlamaModel(ModelConfig.Tiny(), seed: 1);
        var r = new ModelTrainer(m, data, s_options with { Steps = 3, Bf16 = true }, TextWriter.Null).Run(null, false, CancellationToken.None);
        Assert.All(r.Steps, s => Assert.True(double.IsFinite(s.Loss)));
        Assert.All(m.parameters(), p => Assert.Equal(ScalarType.Float32, p.dtype));
    }
}
