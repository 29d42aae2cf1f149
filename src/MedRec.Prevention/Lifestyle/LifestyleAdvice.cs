namespace MedRec.Prevention.Lifestyle;

/// <summary>One lifestyle or disease-prevention item for a condition, with its KG source.</summary>
public sealed record LifestyleAdvice(string Condition, string Kind, string Text, string Source);
