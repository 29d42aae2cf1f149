using Hl7.Fhir.Model;

namespace MedRec.Fhir.Sandbox;

/// <summary>
/// What a created resource must have before the sandbox stores it: the elements FHIR R4 marks as required
/// (status, intent, code …) and a subject/patient that is an existing Patient. Errors are 422 with the element named.
/// </summary>
public static class CreateValidator
{
    public static void Validate(Resource r, SandboxStore store)
    {
        ResourceReference? subject = r switch
        {
            FhirObservation o => Need(o.Status, "Observation.status") ?? Need(o.Code, "Observation.code") ?? o.Subject,
            MedicationRequest m => Need(m.Status, "MedicationRequest.status") ?? Need(m.Intent, "MedicationRequest.intent") ?? Need(m.Medication, "MedicationRequest.medication[x]") ?? m.Subject,
            ServiceRequest s => Need(s.Status, "ServiceRequest.status") ?? Need(s.Intent, "ServiceRequest.intent") ?? Need(s.Code, "ServiceRequest.code") ?? s.Subject,
            FhirCondition c => Need(c.Code, "Condition.code") ?? c.Subject,
            FhirProcedure p => Need(p.Status, "Procedure.status") ?? Need(p.Code, "Procedure.code") ?? p.Subject,
            FhirImmunization i => Need(i.Status, "Immunization.status") ?? Need(i.VaccineCode, "Immunization.vaccineCode") ?? Need(i.Occurrence, "Immunization.occurrence[x]") ?? i.Patient,
            AllergyIntolerance a => Need(a.Code, "AllergyIntolerance.code") ?? a.Patient,
            Patient => null,
            _ => throw new SandboxException(405, "not-supported", $"create is not supported for {r.TypeName}"),
        };
        if (r is Patient) return;
        if (subject?.Reference is not { Length: > 0 } reference)
            throw new SandboxException(422, "required", $"{r.TypeName}.subject (or .patient) is required and must reference a Patient");
        if (!reference.StartsWith("Patient/", StringComparison.Ordinal) || store.Read("Patient", reference[8..]) is null)
            throw new SandboxException(422, "invalid", $"{r.TypeName}.subject '{reference}' is not an existing Patient");
    }

    private static ResourceReference? Need(object? value, string element) =>
        value is null or CodeableConcept { Coding.Count: 0, Text: null }
            ? throw new SandboxException(422, "required", $"{element} is required")
            : null;
}
