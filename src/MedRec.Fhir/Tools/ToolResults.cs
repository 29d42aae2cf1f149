namespace MedRec.Fhir.Tools;

/// <summary>A patient as the tools describe it to a model.</summary>
public sealed record PatientInfo(string Id, string? Mrn, string Name, string? BirthDate, string? Gender);

/// <summary>One observation value with its date and code.</summary>
public sealed record ObservationValue(string Date, double? Value, string? ValueText, string? Unit, string Code, string Display);

/// <summary>The result of a write: created (with id), dry_run or refused (with the reason).</summary>
public sealed record WriteResult(string Outcome, string? Id, string Message);
