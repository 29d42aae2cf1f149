namespace MedRec.Fhir.Sandbox;

/// <summary>Where the sandbox stores its data, where it listens, and how large a request body may be.</summary>
public sealed record SandboxOptions
{
    public required string DatabasePath { get; init; }
    public string Urls { get; init; } = "http://127.0.0.1:8090";
    public long MaxBodyBytes { get; init; } = 1_000_000;
}
