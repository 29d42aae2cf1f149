namespace MedRec.Eval.Diagnosis;

/// <summary>One automatic-diagnosis case: symptom mentions (present, absent or unsure; explicit = self-report) and the gold disease.</summary>
public sealed record DiagnosisSample(string Id, string Label, IReadOnlyList<SymptomMention> Symptoms);
