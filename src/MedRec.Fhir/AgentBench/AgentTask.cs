namespace MedRec.Fhir.AgentBench;

/// <summary>
/// One benchmark task: an instruction (Chinese or English) about one patient at a fixed "now", the expected answer
/// for query tasks, and the exact writes expected for action tasks (an empty list means: write nothing).
/// </summary>
public sealed record AgentTask
{
    public required string Id { get; init; }
    public required int Category { get; init; }
    public required string Lang { get; init; }
    public required string Instruction { get; init; }
    public required string Context { get; init; }
    public required string Now { get; init; }
    public required string PatientId { get; init; }
    public IReadOnlyList<string>? ExpectedAnswer { get; init; }
    public IReadOnlyList<ExpectedWrite> ExpectedWrites { get; init; } = [];
}
