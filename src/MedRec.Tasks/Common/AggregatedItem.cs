namespace MedRec.Tasks.Common;

/// <summary>A recommended KG entity with its aggregate score and the diseases that support it.</summary>
public sealed record AggregatedItem(long Id, double Score, IReadOnlyList<Support> Support);
