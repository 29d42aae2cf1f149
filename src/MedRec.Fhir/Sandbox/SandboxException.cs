namespace MedRec.Fhir.Sandbox;

/// <summary>A request the sandbox refuses: HTTP status, OperationOutcome issue code and a message for the caller.</summary>
public sealed class SandboxException(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
}
