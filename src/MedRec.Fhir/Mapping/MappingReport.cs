namespace MedRec.Fhir.Mapping;

/// <summary>What the FHIR → case mapping used and what it could not use (kept visible, never silently dropped).</summary>
public sealed record MappingReport(IReadOnlyDictionary<string, int> Mapped, IReadOnlyDictionary<string, int> NotMapped, IReadOnlyList<string> Problems);
