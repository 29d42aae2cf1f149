namespace MedRec.Training.Trainer;

/// <summary>What a call to <see cref="ModelTrainer.Run"/> did: the steps it ran (losses in order) and where it stopped.</summary>
public sealed record TrainResult(IReadOnlyList<TrainStepLog> Steps, int FinalStep, bool Cancelled, double? LastValLoss);
