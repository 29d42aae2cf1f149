using MedRec.Knowledge.Query;

namespace MedRec.Tasks.Analysis;

/// <summary>A case item (condition, allergy) and the KG entity it maps to, if any.</summary>
public sealed record ResolvedItem<T>(T Item, KgEntity? Entity);
