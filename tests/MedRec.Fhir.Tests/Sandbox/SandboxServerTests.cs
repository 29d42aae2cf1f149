using System.Net;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;

namespace MedRec.Fhir.Tests.Sandbox;

public sealed class SandboxServerTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private FhirClient Client() => new(sandbox.BaseUrl, new FhirClientSettings { PreferredFormat = ResourceFormat.Json, Timeout = 10_000 });

    [Fact]
    public async System.Threading.Tasks.Task Reads_and_searches_patients_by_name_identifier_and_birthdate()
    {
        var c = Client();
        Assert.Equal("Zhang", (await c.ReadAsync<Patient>("Patient/p1"))!.Name[0].Family);
        Assert.Equal("p1", (await c.SearchAsync<Patient>(["family=zha", "given=wei"]))!.Entry.Single().Resource!.Id);
        Assert.Equal("p1", (await c.SearchAsync<Patient>(["identifier=urn:mrn|MRN001"]))!.Entry.Single().Resource!.Id);
        Assert.Equal("p2", (await c.SearchAsync<Patient>(["birthdate=ge1980-01-01"]))!.Entry.Single().Resource!.Id);
    }

    [Fact]
    public async System.Threading.Tasks.Task Searches_observations_by_code_date_and_sorts_and_pages()
    {
        var c = Client();
        var all = await c.SearchAsync<FhirObservation>(["patient=p1", "code=http://loinc.org|4548-4", "date=ge2024-03", "date=le2024-06-30"]);
        Assert.Equal(4, all!.Total);
        var page = await c.SearchAsync<FhirObservation>(["subject=Patient/p1", "_sort=-date", "_count=5"]);
        Assert.Equal("o11", page!.Entry[0].Resource!.Id);
        Assert.Equal(12, page.Total);
        var seen = page.Entry.Count;
        while (page?.NextLink is not null) { page = await c.ContinueAsync(page); seen += page?.Entry.Count ?? 0; }
        Assert.Equal(12, seen);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_assigns_an_id_and_a_location_and_the_resource_is_readable()
    {
        var c = Client();
        var created = await c.CreateAsync(new FhirObservation
        {
            Status = ObservationStatus.Final, Subject = new ResourceReference("Patient/p2"),
            Code = new CodeableConcept("http://loinc.org", "8480-6", "Systolic blood pressure"), Value = new Quantity(130, "mm[Hg]"),
        });
        Assert.False(string.IsNullOrEmpty(created!.Id));
        Assert.NotNull(await c.ReadAsync<FhirObservation>($"Observation/{created.Id}"));
    }

    [Theory]
    [InlineData("GET", "/Observation?foo=bar", null, 400)]
    [InlineData("GET", "/Observation?date=yesterday", null, 400)]
    [InlineData("GET", "/Patient/nope", null, 404)]
    [InlineData("GET", "/Spaceship?x=1", null, 404)]
    [InlineData("POST", "/Observation", "{not json", 400)]
    [InlineData("POST", "/Observation", """{"resourceType":"Observation","status":"final"}""", 400)]
    [InlineData("POST", "/Observation", """{"resourceType":"Observation","status":"final","code":{"text":"x"},"subject":{"reference":"Patient/ghost"}}""", 422)]
    [InlineData("POST", "/Patient", """{"resourceType":"Observation","status":"final","code":{"text":"x"}}""", 400)]
    public async System.Threading.Tasks.Task Bad_requests_get_an_operation_outcome_with_the_right_status(string method, string path, string? body, int status)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), sandbox.BaseUrl + path);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/fhir+json");
        using var response = await http.SendAsync(request);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains("OperationOutcome", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async System.Threading.Tasks.Task An_oversized_body_is_413_not_500()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(sandbox.BaseUrl + "/Observation", new StringContent(new string('x', 200_000), Encoding.UTF8, "application/fhir+json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("OperationOutcome", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_is_a_capability_statement()
    {
        var cs = await Client().CapabilityStatementAsync();
        Assert.Contains(cs!.Rest[0].Resource, r => r.Type == "Observation" && r.SearchParam.Any(p => p.Name == "code"));
    }
}
