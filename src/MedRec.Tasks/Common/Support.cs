namespace MedRec.Tasks.Common;

/// <summary>One disease supporting an item: its posterior and the KG source of the edge.</summary>
public sealed record Support(long Disease, double Probability, string Source);
