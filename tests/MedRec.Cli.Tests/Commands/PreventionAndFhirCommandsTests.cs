using System.Text.Json;

namespace MedRec.Cli.Tests.Commands;

[Collection("cli")]
public sealed class PreventionAndFhirCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("medrec-cli-").FullName;

    [SkippableFact]
    public void Prevention_report_for_a_case_lists_screenings_with_citations()
    {
        Skip.IfNot(Directory.Exists(Path.Combine(MedRec.Core.Common.DataPaths.Resolve(), "uspstf-prevention")), "shared data folder not present");
        var r = CliProcess.Run("prevention", "--case", "examples/adult-diabetes-followup.json", "--as-of", "2025-06-30", "--json");
        Assert.True(r.Code == 0, r.Err);
        using var doc = JsonDocument.Parse(r.Out);
        var screenings = doc.RootElement.GetProperty("screenings");
        Assert.True(screenings.GetArrayLength() > 0);
        Assert.All(screenings.EnumerateArray(), s => Assert.StartsWith("USPSTF", s.GetProperty("recommendation").GetProperty("citation").GetString()));
    }

    [Theory]
    [InlineData("{\"resourceType\":\"Patient\",\"gender\":7}", "gender")]
    [InlineData("{\"resourceType\":\"Organization\",\"id\":\"o\"}", "no Patient")]
    [InlineData("not json", "FHIR JSON must be an object")]
    public void Bad_fhir_input_fails_with_one_clear_line(string content, string expected)
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, content);
        Assert.Contains(expected, CliProcess.AssertCleanError(CliProcess.Run("prevention", "--fhir", path)));
    }

    [Theory]
    [InlineData("prevention", "--case", "examples/adult-cough-fever.json", "--as-of", "30/06/2025")]
    [InlineData("prevention", "--case", "examples/adult-cough-fever.json", "--fhir", "x.json")]
    [InlineData("prevention", "batch", "--source", "nowhere")]
    [InlineData("fhir", "serve", "--db", "/nonexistent/sandbox.db")]
    [InlineData("eval", "fhir-agent", "--agent", "nope")]
    [InlineData("eval", "fhir-agent", "--tasks", "/nonexistent/tasks.json")]
    public void Bad_options_fail_with_one_clear_line(params string[] args) => CliProcess.AssertCleanError(CliProcess.Run(args));

    public void Dispose() => Directory.Delete(_dir, true);
}
