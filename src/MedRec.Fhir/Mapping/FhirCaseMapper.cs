using Hl7.Fhir.Model;
using MedRec.Core.Cases;
using MedRec.Core.Common;

namespace MedRec.Fhir.Mapping;

/// <summary>
/// FHIR R4 resources → one <see cref="PatientCase"/> per Patient. Resources are attached to their patient through
/// subject/patient references (Patient/id or urn:uuid:id); with a single patient, unreferenced clinical resources
/// belong to it. Resource types the case has no place for are counted in the report, never silently lost.
/// </summary>
public static class FhirCaseMapper
{
    public static IReadOnlyList<MappedPatient> Map(IReadOnlyList<Resource> resources, DateOnly? asOf = null)
    {
        var patients = resources.OfType<Patient>().ToList();
        if (patients.Count == 0) throw new MedRecException("no Patient resource in the FHIR input");
        var byPatient = patients.ToDictionary(p => p.Id ?? "", _ => new List<Resource>());
        foreach (var r in resources.Where(r => r is not Patient))
        {
            var owner = PatientOf(r);
            if (owner is not null && byPatient.TryGetValue(owner, out var list)) list.Add(r);
            else if (patients.Count == 1 && owner is null && r is not (Organization or Practitioner or Location)) byPatient[patients[0].Id ?? ""].Add(r);
        }
        return patients.Select(p => MapOne(p, byPatient[p.Id ?? ""], asOf)).ToList();
    }

    private static string? PatientOf(Resource r)
    {
        var reference = r switch
        {
            FhirCondition c => c.Subject, FhirObservation o => o.Subject, MedicationRequest m => m.Subject,
            MedicationStatement ms => ms.Subject, AllergyIntolerance a => a.Patient, FhirImmunization i => i.Patient,
            FhirProcedure p => p.Subject, Encounter e => e.Subject, DiagnosticReport d => d.Subject,
            Claim c => c.Patient, ExplanationOfBenefit x => x.Patient, CarePlan cp => cp.Subject, Goal g => g.Subject,
            ImagingStudy im => im.Subject,
            _ => null,
        };
        var s = reference?.Reference;
        if (string.IsNullOrEmpty(s)) return null;
        var slash = s.LastIndexOfAny(['/', ':']);
        return slash >= 0 ? s[(slash + 1)..] : s;
    }

    private static MappedPatient MapOne(Patient p, List<Resource> rs, DateOnly? asOf)
    {
        var mapped = new Dictionary<string, int>(StringComparer.Ordinal) { ["Patient"] = 1 };
        var notMapped = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        var conditions = new List<CaseCondition>();
        var observations = new List<CaseObservation>();
        var meds = new List<CaseMedication>();
        var allergies = new List<Allergy>();
        var immunizations = new List<CaseImmunization>();
        var procedures = new List<CaseProcedure>();
        DateOnly? lastEncounter = null;
        foreach (var r in rs)
        {
            var used = true;
            switch (r)
            {
                case FhirCondition c: conditions.Add(FhirResourceMaps.Condition(c)); break;
                case FhirObservation o: observations.AddRange(FhirResourceMaps.Observations(o)); break;
                case MedicationRequest m: meds.Add(FhirResourceMaps.Medication(m)); break;
                case MedicationStatement s: meds.Add(FhirResourceMaps.Medication(s)); break;
                case AllergyIntolerance a: allergies.Add(FhirResourceMaps.Allergy(a)); break;
                case FhirImmunization i when FhirResourceMaps.Immunization(i) is { } imm: immunizations.Add(imm); break;
                case FhirImmunization i: problems.Add($"Immunization/{i.Id}: not given or without date/vaccine code"); used = false; break;
                case FhirProcedure pr: procedures.Add(FhirResourceMaps.Procedure(pr)); break;
                case Encounter e:
                    var d = FhirDates.Parse((e.Period?.End ?? e.Period?.Start));
                    if (d > lastEncounter || lastEncounter is null) lastEncounter = d;
                    break;
                default: used = false; break;
            }
            var bucket = used ? mapped : notMapped;
            bucket[r.TypeName] = bucket.GetValueOrDefault(r.TypeName) + 1;
        }
        var birth = FhirDates.Parse(p.BirthDate);
        var name = p.Name.FirstOrDefault() is { } n ? string.Join(' ', n.Given.Append(n.Family).Where(x => !string.IsNullOrEmpty(x))) : null;
        var c2 = new PatientCase
        {
            Id = p.Id,
            AsOf = asOf ?? lastEncounter,
            Demographics = new Demographics
            {
                BirthDate = birth,
                Sex = p.Gender switch { AdministrativeGender.Male => Sex.Male, AdministrativeGender.Female => Sex.Female, _ => Sex.Unknown },
                Pregnant = FhirResourceMaps.Pregnant(conditions),
                WeightKg = observations.Where(o => o.Code == "29463-7" && o.Unit == "kg").OrderBy(o => o.Date).LastOrDefault()?.Value,
                HeightCm = observations.Where(o => o.Code == "8302-2" && o.Unit == "cm").OrderBy(o => o.Date).LastOrDefault()?.Value,
            },
            Conditions = conditions, Observations = observations, Medications = meds, Allergies = allergies,
            Immunizations = immunizations, Procedures = procedures,
        };
        return new MappedPatient(p.Id ?? "", name, c2, new MappingReport(mapped, notMapped, problems));
    }
}
