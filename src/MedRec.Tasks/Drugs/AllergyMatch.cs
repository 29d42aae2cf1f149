namespace MedRec.Tasks.Drugs;

/// <summary>Outcome of an allergy match: "contraindicated" removes the drug, "caution" flags it.</summary>
public sealed record AllergyMatch(string Level, string Reason);
