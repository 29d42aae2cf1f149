using Hl7.Fhir.Model;

namespace MedRec.Fhir.Mapping;

/// <summary>Names and codes out of CodeableConcepts; code systems shortened to the names the case uses.</summary>
public static class FhirCodes
{
    public static string? Name(CodeableConcept? c) =>
        c is null ? null : !string.IsNullOrWhiteSpace(c.Text) ? c.Text : c.Coding.Select(x => x.Display).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d)) ?? c.Coding.FirstOrDefault()?.Code;

    public static (string? Code, string? System) Code(CodeableConcept? c)
    {
        var coding = c?.Coding.FirstOrDefault(x => !string.IsNullOrEmpty(x.Code));
        return coding is null ? (null, null) : (coding.Code, ShortSystem(coding.System));
    }

    public static bool Has(CodeableConcept? c, string system, params string[] codes) =>
        c?.Coding.Any(x => ShortSystem(x.System) == system && codes.Contains(x.Code)) == true;

    public static string? ShortSystem(string? system) => system switch
    {
        "http://snomed.info/sct" => "SNOMED",
        "http://loinc.org" => "LOINC",
        "http://www.nlm.nih.gov/research/umls/rxnorm" => "RxNorm",
        "http://hl7.org/fhir/sid/cvx" => "CVX",
        "http://hl7.org/fhir/sid/icd-10-cm" => "ICD-10-CM",
        "http://hl7.org/fhir/sid/icd-10" => "ICD-10",
        "http://hl7.org/fhir/sid/icd-9-cm" => "ICD-9-CM",
        null => null,
        _ => system,
    };
}
