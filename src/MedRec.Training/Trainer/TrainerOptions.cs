using MedRec.Core.Common;

namespace MedRec.Training.Trainer;

/// <summary>
/// Settings of one pre-training run. <see cref="Steps"/> is the planned total (it shapes the LR schedule), so a
/// resumed run must use the same value. EvalEvery / CheckpointEvery of 0 switch those off (a checkpoint is still
/// written at the end and on cancellation when an output folder is given).
/// </summary>
public sealed record TrainerOptions
{
    public int Steps { get; init; } = 1000;
    public int BatchSize { get; init; } = 8;
    public int SeqLen { get; init; } = 256;
    public int GradAccum { get; init; } = 1;
    public double LearningRate { get; init; } = 1e-3;
    public double MinLearningRate { get; init; } = 1e-4;
    public int WarmupSteps { get; init; } = 100;
    public double WeightDecay { get; init; } = 0.1;
    public double Beta1 { get; init; } = 0.9;
    public double Beta2 { get; init; } = 0.95;
    public double GradClip { get; init; } = 1.0;
    public bool Bf16 { get; init; }
    public int EvalEvery { get; init; }
    public int EvalBatches { get; init; } = 4;
    /// <summary>Share of the token file's tail held out for validation loss (0 = none).</summary>
    public double ValFraction { get; init; } = 0.01;
    public int CheckpointEvery { get; init; }
    public ulong Seed { get; init; } = 1;

    public TrainerOptions Validate()
    {
        if (Steps <= 0 || BatchSize <= 0 || SeqLen <= 0 || GradAccum <= 0) throw new MedRecException("steps, batch, seq and grad accumulation must be positive");
        if (LearningRate <= 0 || MinLearningRate < 0 || MinLearningRate > LearningRate) throw new MedRecException("need 0 <= min lr <= lr and lr > 0");
        if (WarmupSteps < 0 || EvalEvery < 0 || CheckpointEvery < 0 || EvalBatches <= 0) throw new MedRecException("warmup, eval and checkpoint intervals must not be negative");
        if (ValFraction is < 0 or >= 0.5) throw new MedRecException("validation fraction must be in [0, 0.5)");
        return this;
    }
}
