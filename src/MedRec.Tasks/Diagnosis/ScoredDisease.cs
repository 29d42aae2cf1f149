namespace MedRec.Tasks.Diagnosis;

/// <summary>One ranked disease: log-score, posterior, the present symptoms its profile explains and the negatives it contradicts.</summary>
public sealed record ScoredDisease(long Disease, double LogScore, double Probability, IReadOnlyList<long> Matched, IReadOnlyList<long> Contradicted, double DemographicFit);
