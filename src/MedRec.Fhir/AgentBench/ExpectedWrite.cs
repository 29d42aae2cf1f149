namespace MedRec.Fhir.AgentBench;

/// <summary>A write the task requires: resource type, code, and the value (observation) or dose (medication) within a tolerance.</summary>
public sealed record ExpectedWrite(string ResourceType, string Code, string? Value = null, double? Dose = null, string? DoseUnit = null, string? NoteContains = null);
