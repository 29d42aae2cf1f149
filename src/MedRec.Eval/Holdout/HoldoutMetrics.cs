namespace MedRec.Eval.Holdout;

/// <summary>Hold-out scores: mean recall@5, precision@5 and hit rate, with the popularity floor for comparison.</summary>
public sealed record HoldoutMetrics(string Relation, int Diseases, int SkippedWithoutSymptoms, double RecallAt5, double PrecisionAt5, double HitAt5,
    double PopularityRecallAt5, double PopularityPrecisionAt5);
