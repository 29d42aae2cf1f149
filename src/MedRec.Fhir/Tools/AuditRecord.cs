namespace MedRec.Fhir.Tools;

/// <summary>One write attempt: tool, patient, resource type, outcome (created, dry-run, refused) and the reason or new id.</summary>
public sealed record AuditRecord(DateTimeOffset Time, string Tool, string PatientId, string ResourceType, string Outcome, string Detail);
