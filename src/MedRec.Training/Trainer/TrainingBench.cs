using MedRec.Model.Transformer;
using MedRec.Training.Data;

namespace MedRec.Training.Trainer;

/// <summary>Training throughput on random tokens: the median tokens/s of the timed steps after warm-up steps.</summary>
public static class TrainingBench
{
    /// <summary>Throughput plus the median forward / backward / update milliseconds of a step (<see cref="StepPhases"/>).</summary>
    public sealed record Result(long Parameters, double TokensPerS, double SecondsPerStep, double FirstLoss,
        double ForwardMs = 0, double BackwardMs = 0, double UpdateMs = 0);

    public static Result Run(ModelConfig config, int batch, int seqLen, int steps, bool bf16, int warmup = 2, CancellationToken ct = default)
    {
        var path = Path.Combine(Path.GetTempPath(), $"medrec-bench-{Guid.NewGuid():N}.i32");
        try
        {
            var rng = new Random(1);
            TokenFile.Write(path, Enumerable.Range(0, Math.Max(100_000, batch * (seqLen + 1) * 4)).Select(_ => rng.Next(config.VocabSize)), TokenFileFormat.Int32);
            using var data = new TokenFile(path);
            using var model = new LlamaModel(config, seed: 1);
            var options = new TrainerOptions { Steps = warmup + steps, BatchSize = batch, SeqLen = seqLen, WarmupSteps = 1, ValFraction = 0, Bf16 = bf16 };
            var phases = new StepPhases();
            var r = new ModelTrainer(model, data, options, TextWriter.Null) { Phases = phases }.Run(null, false, ct);
            var timed = r.Steps.Skip(warmup).Select(s => s.TokensPerS).Order().ToList();
            var median = timed.Count == 0 ? 0 : timed[timed.Count / 2];
            var (forward, backward, update) = phases.Median(warmup);
            return new Result(model.ParameterCount, median, (double)batch * seqLen / median, r.Steps[0].Loss, forward, backward, update);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
