namespace MedRec.Fhir.AgentBench;

/// <summary>How one task went: success, whether any write was unsafe, and why it failed.</summary>
public sealed record TaskOutcome(string TaskId, int Category, bool Success, bool UnsafeWrite, string Reason);
