using Hl7.Fhir.Model;
using MedRec.Core.Cases;

namespace MedRec.Fhir.Mapping;

/// <summary>One FHIR resource → the matching case record(s).</summary>
public static class FhirResourceMaps
{
    public static CaseCondition Condition(FhirCondition c)
    {
        var (code, system) = FhirCodes.Code(c.Code);
        var status = c.ClinicalStatus?.Coding.FirstOrDefault()?.Code;
        return new CaseCondition
        {
            Name = FhirCodes.Name(c.Code) ?? "(unnamed condition)", Code = code, CodeSystem = system,
            Onset = FhirDates.Parse((c.Onset as FhirDateTime)?.Value ?? (c.Onset as Period)?.Start ?? c.RecordedDate),
            Active = c.Abatement is null && status is null or "active" or "recurrence" or "relapse",
        };
    }

    /// <summary>An observation, or one per component (blood pressure → systolic and diastolic).</summary>
    public static IEnumerable<CaseObservation> Observations(FhirObservation o)
    {
        var date = FhirDates.Parse((o.Effective as FhirDateTime)?.Value ?? (o.Effective as Period)?.Start ?? o.Issued?.ToString("yyyy-MM-dd"));
        if (o.Component.Count > 0 && o.Value is null)
        {
            foreach (var comp in o.Component) yield return One(comp.Code, comp.Value, date);
            yield break;
        }
        yield return One(o.Code, o.Value, date);
    }

    private static CaseObservation One(CodeableConcept code, DataType? value, DateOnly? date)
    {
        var (c, system) = FhirCodes.Code(code);
        return new CaseObservation
        {
            Name = FhirCodes.Name(code) ?? "(unnamed observation)", Code = c, CodeSystem = system, Date = date,
            Value = value is Quantity q ? (double?)q.Value : value is Integer i ? i.Value : null,
            Unit = (value as Quantity)?.Unit ?? (value as Quantity)?.Code,
            ValueText = value switch { CodeableConcept cc => FhirCodes.Name(cc), FhirString s => s.Value, FhirBoolean b => b.Value?.ToString(), _ => null },
        };
    }

    public static CaseMedication Medication(MedicationRequest m)
    {
        var concept = m.Medication as CodeableConcept;
        var (code, system) = FhirCodes.Code(concept);
        return new CaseMedication
        {
            Name = FhirCodes.Name(concept) ?? (m.Medication as ResourceReference)?.Display ?? "(unnamed medication)",
            Code = code, CodeSystem = system, Start = FhirDates.Parse(m.AuthoredOn),
            Dose = m.DosageInstruction.FirstOrDefault()?.Text,
            Active = m.Status is null or MedicationRequest.MedicationrequestStatus.Active or MedicationRequest.MedicationrequestStatus.OnHold,
        };
    }

    public static CaseMedication Medication(MedicationStatement s)
    {
        var concept = s.Medication as CodeableConcept;
        var (code, system) = FhirCodes.Code(concept);
        return new CaseMedication
        {
            Name = FhirCodes.Name(concept) ?? (s.Medication as ResourceReference)?.Display ?? "(unnamed medication)",
            Code = code, CodeSystem = system, Start = FhirDates.Parse((s.Effective as FhirDateTime)?.Value ?? (s.Effective as Period)?.Start),
            Dose = s.Dosage.FirstOrDefault()?.Text,
            Active = s.Status is null or MedicationStatement.MedicationStatusCodes.Active or MedicationStatement.MedicationStatusCodes.Intended,
        };
    }

    public static Allergy Allergy(AllergyIntolerance a)
    {
        var (code, _) = FhirCodes.Code(a.Code);
        return new Allergy
        {
            Substance = FhirCodes.Name(a.Code) ?? "(unnamed substance)", Code = code,
            Reaction = a.Reaction.SelectMany(r => r.Manifestation).Select(FhirCodes.Name).FirstOrDefault(x => x is not null),
        };
    }

    public static CaseImmunization? Immunization(FhirImmunization i)
    {
        if (i.Status == FhirImmunization.ImmunizationStatusCodes.NotDone) return null;
        var date = FhirDates.Parse((i.Occurrence as FhirDateTime)?.Value ?? (i.Occurrence as FhirString)?.Value);
        if (date is null) return null;
        var cvx = i.VaccineCode?.Coding.FirstOrDefault(c => FhirCodes.ShortSystem(c.System) == "CVX")?.Code;
        return new CaseImmunization { Vaccine = FhirCodes.Name(i.VaccineCode) ?? cvx ?? "(unnamed vaccine)", Cvx = cvx, Date = date.Value };
    }

    public static CaseProcedure Procedure(FhirProcedure p)
    {
        var (code, system) = FhirCodes.Code(p.Code);
        return new CaseProcedure
        {
            Name = FhirCodes.Name(p.Code) ?? "(unnamed procedure)", Code = code, CodeSystem = system,
            Date = FhirDates.Parse((p.Performed as FhirDateTime)?.Value ?? (p.Performed as Period)?.Start),
        };
    }

    /// <summary>Pregnant when an active condition says so (SNOMED 77386006 pregnancy, or "pregnan" in the name).</summary>
    public static bool? Pregnant(IEnumerable<CaseCondition> conditions) =>
        conditions.Any(c => c.Active && (c.Code == "77386006" || c.Name.Contains("pregnan", StringComparison.OrdinalIgnoreCase))) ? true : null;
}
