using MedRec.Core.Common;
using MedRec.Fhir.Tests.Sandbox;
using MedRec.Fhir.Tools;

namespace MedRec.Fhir.Tests.Tools;

public sealed class FhirToolsTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private FhirTools Tools(bool dryRun = false, string? now = "2025-01-02T10:00:00+00:00")
    {
        var o = new FhirToolOptions { BaseUrl = sandbox.BaseUrl, DryRun = dryRun, Now = now is null ? null : DateTimeOffset.Parse(now) };
        return new FhirTools(new FhirGateway(o), o);
    }

    [Fact]
    public async System.Threading.Tasks.Task Finds_a_patient_by_mrn_and_reads_latest_values()
    {
        var t = Tools();
        var p = Assert.Single(await t.FindPatient(mrn: "MRN001"));
        Assert.Equal("p1", p.Id);
        var latest = await t.LatestObservation("MRN001", "4548-4");
        Assert.Equal(7.1, latest!.Value!.Value, 3);
        Assert.Equal(4, (await t.SearchObservations("p1", "4548-4", "2024-09-01T00:00:00+00:00")).Count);
    }

    [Fact]
    public async System.Threading.Tasks.Task An_out_of_range_value_is_refused_and_audited()
    {
        var t = Tools();
        var r = await t.CreateObservation("p2", "8867-4", "720", "/min");
        Assert.Equal("refused", r.Outcome);
        Assert.Contains("outside", r.Message);
        Assert.Equal("refused", Assert.Single(t.Audit.Records).Outcome);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_wrong_unit_and_an_unknown_patient_are_refused()
    {
        var t = Tools();
        Assert.Contains("must be recorded in kg", (await t.CreateObservation("p2", "29463-7", "70", "lb")).Message);
        Assert.Contains("no patient", (await t.CreateObservation("ghost", "29463-7", "70", "kg")).Message);
    }

    [Fact]
    public async System.Threading.Tasks.Task Dry_run_validates_but_sends_nothing()
    {
        var before = sandbox.Store.Count("Observation");
        var r = await Tools(dryRun: true).CreateObservation("p2", "85354-9", "120/80", "mm[Hg]");
        Assert.Equal("dry_run", r.Outcome);
        Assert.Equal(before, sandbox.Store.Count("Observation"));
    }

    [Fact]
    public async System.Threading.Tasks.Task The_same_order_on_the_same_day_is_refused_as_a_duplicate()
    {
        var t = Tools(now: "2025-03-04T09:00:00+00:00");
        Assert.Equal("created", (await t.CreateServiceRequest("p1", "loinc", "4548-4", "HbA1c")).Outcome);
        var second = await t.CreateServiceRequest("p1", "loinc", "4548-4", "HbA1c");
        Assert.Equal("refused", second.Outcome);
        Assert.Contains("duplicate", second.Message);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_dose_out_of_range_is_refused()
    {
        var r = await Tools().CreateMedicationRequest("p1", "potassium chloride", 5000, "mEq", "oral", "40032-917-01");
        Assert.Equal("refused", r.Outcome);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_server_that_is_down_gives_one_clear_error()
    {
        var o = new FhirToolOptions { BaseUrl = "http://127.0.0.1:9", Timeout = TimeSpan.FromSeconds(2), Retries = 1 };
        var e = await Assert.ThrowsAsync<MedRecException>(() => new FhirTools(new FhirGateway(o), o).FindPatient(mrn: "x"));
        Assert.Contains("not answering", e.Message);
    }

    [Fact]
    public void Tools_are_exposed_as_ai_functions_with_descriptions()
    {
        var tools = Tools().AsAITools().OfType<Microsoft.Extensions.AI.AIFunction>().ToList();
        Assert.Equal(9, tools.Count);
        Assert.All(tools, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
        Assert.Contains(tools, f => f.Name == "create_medication_request");
    }
}
