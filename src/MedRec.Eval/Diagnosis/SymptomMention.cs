namespace MedRec.Eval.Diagnosis;

/// <summary>A symptom mention: State 1 present, 0 absent, 2 not sure. Explicit mentions come from the self-report.</summary>
public sealed record SymptomMention(string Name, int State, bool Explicit);
