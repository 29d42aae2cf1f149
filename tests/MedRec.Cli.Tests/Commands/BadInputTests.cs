using System.Text;
using System.Text.Json;

namespace MedRec.Cli.Tests.Commands;

[Collection("cli")]
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("medrec-bad-").FullName;

    private string Write(string json)
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json, Encoding.UTF8);
        return path;
    }

    [Theory]
    [InlineData("{\"chiefComplaint\": \"咳嗽三天", "invalid case JSON")]
    [InlineData("{\"chiefComplaint\": \"咳嗽\", \"temperature\": 39}", "temperature")]
    [InlineData("{}", "the case is empty")]
    [InlineData("{\"chiefComplaint\": \"   \"}", "the case is empty")]
    [InlineData("[1,2]", "invalid case JSON")]
    [InlineData("{\"demographics\": {\"age\": -3}, \"chiefComplaint\": \"咳嗽\"}", "demographics.age")]
    [InlineData("{\"chiefComplaint\": \"咳嗽\", \"medications\": [{\"dose\": \"1片\"}]}", "invalid case JSON")]
    public void Malformed_cases_fail_with_one_clear_line(string json, string expected) =>
        Assert.Contains(expected, CliProcess.AssertCleanError(CliProcess.Run("recommend", "--case", Write(json))));

    [Fact]
    public void A_one_megabyte_complaint_is_refused_with_the_limit()
    {
        var json = JsonSerializer.Serialize(new { chiefComplaint = new string('咳', 1_000_000) });
        Assert.Contains("limit", CliProcess.AssertCleanError(CliProcess.Run("recommend", "--case", Write(json))));
    }

    [Fact]
    public void A_missing_file_is_named() =>
        Assert.Contains("not found", CliProcess.AssertCleanError(CliProcess.Run("recommend", "--case", Path.Combine(_dir, "nope.json"))));

    [Fact]
    public void Non_chinese_text_and_unknown_names_are_kept_and_reported()
    {
        var r = CliProcess.Run("recommend", "--json", "--case", Write("{\"chiefComplaint\": \"I feel unwell\", \"medications\": [{\"name\": \"不存在的药XYZ\"}]}"));
        Assert.Equal(0, r.Code);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Contains(doc.RootElement.GetProperty("unresolved").EnumerateArray(), x => x.GetString() == "不存在的药XYZ");
        Assert.NotEqual(0, doc.RootElement.GetProperty("notes").GetArrayLength());
    }

    [Theory]
    [InlineData("recommend", "--case", "examples/adult-cough-fever.json", "--top", "0")]
    [InlineData("eval", "diagnosis", "--dataset", "nope")]
    [InlineData("eval", "diagnosis", "--dataset", "sd", "--baseline", "kg")]
    [InlineData("kg", "stats", "--kg", "/nonexistent/kg.db")]
    [InlineData("recommend")]
    [InlineData("model", "plot", "--log", "/nonexistent/train_log.jsonl")]
    [InlineData("generate", "--prompt", "咳嗽", "--backend", "gpu")]
    public void Bad_options_fail_with_one_clear_line(params string[] args) => CliProcess.AssertCleanError(CliProcess.Run(args));

    public void Dispose() => Directory.Delete(_dir, true);
}
