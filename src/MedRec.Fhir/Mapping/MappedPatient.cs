using MedRec.Core.Cases;

namespace MedRec.Fhir.Mapping;

/// <summary>One patient's case built from FHIR resources, with the mapping report.</summary>
public sealed record MappedPatient(string PatientId, string? Name, PatientCase Case, MappingReport Report);
