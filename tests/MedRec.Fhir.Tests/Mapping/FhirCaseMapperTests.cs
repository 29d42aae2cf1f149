using MedRec.Core.Cases;
using MedRec.Core.Common;
using MedRec.Fhir.Mapping;

namespace MedRec.Fhir.Tests.Mapping;

public sealed class FhirCaseMapperTests
{
    private const string Bundle = """
        {"resourceType":"Bundle","type":"collection","entry":[
          {"resource":{"resourceType":"Patient","id":"p1","gender":"female","birthDate":"1970-05-20","name":[{"given":["Li"],"family":"Wang"}]}},
          {"resource":{"resourceType":"Condition","id":"c1","subject":{"reference":"Patient/p1"},"clinicalStatus":{"coding":[{"code":"active"}]},
            "code":{"coding":[{"system":"http://snomed.info/sct","code":"38341003","display":"Hypertension"}]},"onsetDateTime":"2015-01-02"}},
          {"resource":{"resourceType":"Observation","id":"o1","status":"final","subject":{"reference":"Patient/p1"},"effectiveDateTime":"2024-03-01",
            "code":{"coding":[{"system":"http://loinc.org","code":"85354-9","display":"Blood pressure panel"}]},
            "component":[{"code":{"coding":[{"system":"http://loinc.org","code":"8480-6","display":"Systolic"}]},"valueQuantity":{"value":150,"unit":"mm[Hg]"}},
                         {"code":{"coding":[{"system":"http://loinc.org","code":"8462-4","display":"Diastolic"}]},"valueQuantity":{"value":95,"unit":"mm[Hg]"}}]}},
          {"resource":{"resourceType":"MedicationRequest","id":"m1","status":"active","intent":"order","subject":{"reference":"Patient/p1"},
            "medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"197361","display":"Amlodipine 5 MG"}]},"authoredOn":"2023-01-01"}},
          {"resource":{"resourceType":"AllergyIntolerance","id":"a1","patient":{"reference":"Patient/p1"},"code":{"text":"Penicillin"},
            "reaction":[{"manifestation":[{"text":"Hives"}]}]}},
          {"resource":{"resourceType":"Immunization","id":"i1","status":"completed","patient":{"reference":"Patient/p1"},
            "vaccineCode":{"coding":[{"system":"http://hl7.org/fhir/sid/cvx","code":"140","display":"Influenza, seasonal"}]},"occurrenceDateTime":"2023-10-01"}},
          {"resource":{"resourceType":"Procedure","id":"pr1","status":"completed","subject":{"reference":"Patient/p1"},
            "code":{"coding":[{"system":"http://snomed.info/sct","code":"73761001","display":"Colonoscopy"}]},"performedDateTime":"2020-06-01"}},
          {"resource":{"resourceType":"Claim","id":"cl1","status":"active","use":"claim","patient":{"reference":"Patient/p1"},"created":"2023-01-01",
            "type":{"text":"x"},"priority":{"text":"normal"},"provider":{"display":"h"},"insurance":[{"sequence":1,"focal":true,"coverage":{"display":"c"}}]}}
        ]}
        """;

    [Fact]
    public void Every_supported_resource_lands_in_the_case()
    {
        var p = Assert.Single(FhirCaseMapper.Map(FhirJson.ParseResources(Bundle)));
        var c = p.Case;
        Assert.Equal(Sex.Female, c.Demographics.Sex);
        Assert.Equal(new DateOnly(1970, 5, 20), c.Demographics.BirthDate);
        Assert.Equal("Li Wang", p.Name);
        var condition = Assert.Single(c.Conditions);
        Assert.Equal(("Hypertension", "38341003", "SNOMED", true), (condition.Name, condition.Code, condition.CodeSystem, condition.Active));
        Assert.Equal([150.0, 95.0], c.Observations.Select(o => o.Value!.Value));
        Assert.Equal("RxNorm", Assert.Single(c.Medications).CodeSystem);
        Assert.Equal("Hives", Assert.Single(c.Allergies).Reaction);
        Assert.Equal("140", Assert.Single(c.Immunizations).Cvx);
        Assert.Equal(new DateOnly(2020, 6, 1), Assert.Single(c.Procedures).Date);
        Assert.Equal(1, p.Report.NotMapped["Claim"]);
    }

    [Fact]
    public void Ndjson_with_one_resource_per_line_is_read()
    {
        var ndjson = """
            {"resourceType":"Patient","id":"p2","gender":"male","birthDate":"1950"}
            {"resourceType":"Condition","id":"c2","subject":{"reference":"Patient/p2"},"code":{"text":"糖尿病"}}
            """;
        var p = Assert.Single(FhirCaseMapper.Map(FhirJson.ParseResources(ndjson)));
        Assert.Equal("糖尿病", Assert.Single(p.Case.Conditions).Name);
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient","id":"x","gender":42}""", "gender")]
    [InlineData("""{"resourceType":"Patient","id":"x","fooBar":"1"}""", "fooBar")]
    [InlineData("""{"resourceType":"Patient","id":"x","birthDate":"20-13-99"}""", "birthDate")]
    [InlineData("""{"resourceType":"Nonsense"}""", "Nonsense")]
    public void Invalid_fhir_names_the_bad_element(string json, string element)
    {
        var e = Assert.Throws<MedRecException>(() => FhirJson.ParseResources(json));
        Assert.Contains(element, e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public void Input_without_a_patient_is_an_error() =>
        Assert.Throws<MedRecException>(() => FhirCaseMapper.Map(FhirJson.ParseResources("""{"resourceType":"Organization","id":"o"}""")));
}
