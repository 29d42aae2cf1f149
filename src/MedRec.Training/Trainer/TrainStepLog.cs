namespace MedRec.Training.Trainer;

/// <summary>One line of train_log.jsonl; ValLoss only on evaluation steps.</summary>
public sealed record TrainStepLog(int Step, double Loss, double Lr, double TokensPerS, double? ValLoss, double GradNorm);
