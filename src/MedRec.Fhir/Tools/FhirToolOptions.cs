namespace MedRec.Fhir.Tools;

/// <summary>How the tools reach the FHIR server and how writes are guarded.</summary>
public sealed record FhirToolOptions
{
    public required string BaseUrl { get; init; }
    /// <summary>Per-attempt timeout; a slow server fails clearly instead of hanging the agent.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
    public int Retries { get; init; } = 2;
    /// <summary>Validate and audit writes but never send them.</summary>
    public bool DryRun { get; init; }
    /// <summary>JSONL file that receives one line per write attempt; null keeps the audit in memory only.</summary>
    public string? AuditPath { get; init; }
    /// <summary>"Now" for recorded times (fixed in benchmarks); null means the clock.</summary>
    public DateTimeOffset? Now { get; init; }
}
