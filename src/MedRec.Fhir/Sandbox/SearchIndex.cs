using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using MedRec.Fhir.Mapping;

namespace MedRec.Fhir.Sandbox;

/// <summary>
/// The search parameters the sandbox supports, per resource type, and their values extracted from a resource.
/// Token values are stored as "system|code" and as bare "code"; dates as ISO yyyy-MM-dd; strings lower-cased.
/// </summary>
public static class SearchIndex
{
    public static readonly IReadOnlyDictionary<string, string[]> Parameters = new Dictionary<string, string[]>
    {
        ["Patient"] = ["_id", "identifier", "name", "given", "family", "birthdate", "gender"],
        ["Observation"] = ["_id", "patient", "subject", "code", "date", "category", "status"],
        ["Condition"] = ["_id", "patient", "subject", "code", "date", "category", "clinical-status"],
        ["MedicationRequest"] = ["_id", "patient", "subject", "code", "date", "status", "intent"],
        ["Procedure"] = ["_id", "patient", "subject", "code", "date", "status"],
        ["Immunization"] = ["_id", "patient", "code", "date", "status"],
        ["AllergyIntolerance"] = ["_id", "patient", "code"],
        ["Encounter"] = ["_id", "patient", "subject", "date", "status"],
        ["ServiceRequest"] = ["_id", "patient", "subject", "code", "date", "status"],
    };

    /// <summary>Parameters every search accepts besides the type's own.</summary>
    public static readonly IReadOnlySet<string> Control = new HashSet<string> { "_count", "_sort", "_offset", "_format" };

    public static IEnumerable<(string Param, string Value)> Extract(Resource r)
    {
        yield return ("_id", r.Id ?? "");
        switch (r)
        {
            case Patient p:
                foreach (var i in p.Identifier) { yield return ("identifier", i.Value ?? ""); yield return ("identifier", $"{i.System}|{i.Value}"); }
                foreach (var n in p.Name)
                {
                    foreach (var g in n.Given.OfType<string>()) { yield return ("given", g.ToLowerInvariant()); yield return ("name", g.ToLowerInvariant()); }
                    if (n.Family is { } f) { yield return ("family", f.ToLowerInvariant()); yield return ("name", f.ToLowerInvariant()); }
                }
                if (p.BirthDate is { } b) yield return ("birthdate", b);
                if (p.Gender is { } gender) yield return ("gender", Lit(gender)!);
                break;
            case FhirObservation o:
                foreach (var x in Common(o.Subject, o.Code, Date(o.Effective), Lit(o.Status))) yield return x;
                foreach (var x in o.Category.SelectMany(Tokens)) yield return ("category", x);
                break;
            case FhirCondition c:
                foreach (var x in Common(c.Subject, c.Code, FhirDates.Parse((c.Onset as FhirDateTime)?.Value ?? c.RecordedDate), null)) yield return x;
                foreach (var x in c.Category.SelectMany(Tokens)) yield return ("category", x);
                foreach (var x in Tokens(c.ClinicalStatus)) yield return ("clinical-status", x);
                break;
            case MedicationRequest m:
                foreach (var x in Common(m.Subject, m.Medication as CodeableConcept, FhirDates.Parse(m.AuthoredOn), Lit(m.Status))) yield return x;
                if (m.Intent is { } intent) yield return ("intent", Lit(intent)!);
                break;
            case FhirProcedure pr:
                foreach (var x in Common(pr.Subject, pr.Code, Date(pr.Performed), Lit(pr.Status))) yield return x;
                break;
            case FhirImmunization im:
                foreach (var x in Common(im.Patient, im.VaccineCode, Date(im.Occurrence), Lit(im.Status))) yield return x;
                break;
            case AllergyIntolerance a:
                foreach (var x in Common(a.Patient, a.Code, null, null)) yield return x;
                break;
            case Encounter e:
                foreach (var x in Common(e.Subject, null, FhirDates.Parse(e.Period?.Start), Lit(e.Status))) yield return x;
                break;
            case ServiceRequest s:
                foreach (var x in Common(s.Subject, s.Code, FhirDates.Parse(s.AuthoredOn), Lit(s.Status))) yield return x;
                break;
        }
    }

    private static IEnumerable<(string, string)> Common(ResourceReference? subject, CodeableConcept? code, DateOnly? date, string? status)
    {
        if (subject?.Reference is { } reference)
        {
            var id = reference[(reference.LastIndexOfAny(['/', ':']) + 1)..];
            yield return ("patient", id);
            yield return ("subject", id);
            yield return ("subject", $"Patient/{id}");
        }
        foreach (var t in Tokens(code)) yield return ("code", t);
        if (date is { } d) yield return ("date", d.ToString("yyyy-MM-dd"));
        if (status is not null) yield return ("status", status.ToLowerInvariant());
    }

    private static IEnumerable<string> Tokens(CodeableConcept? c)
    {
        if (c is null) yield break;
        foreach (var coding in c.Coding.Where(x => !string.IsNullOrEmpty(x.Code)))
        {
            yield return coding.Code!;
            yield return $"{coding.System}|{coding.Code}";
        }
    }

    private static string? Lit(Enum? value) => value is null ? null : EnumUtility.GetLiteral(value);

    private static DateOnly? Date(DataType? value) => FhirDates.Parse((value as FhirDateTime)?.Value ?? (value as Period)?.Start ?? (value as FhirString)?.Value);
}
