using System.Text.Json;

namespace MedRec.Cli.Tests.Commands;

[Collection("cli")]
public sealed class RecommendCommandsTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(CliProcess.RepoRoot, "examples"), "*.json").Order()) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_gets_diagnoses_exams_and_drugs_with_evidence(string example)
    {
        var r = CliProcess.Run("recommend", "--case", Path.Combine("examples", example), "--json");
        Assert.True(r.Code == 0, r.Err);
        using var doc = JsonDocument.Parse(r.Out);
        var root = doc.RootElement;
        foreach (var section in new[] { "diagnoses", "exams" })
        {
            Assert.True(root.GetProperty(section).GetArrayLength() > 0, $"{example}: no {section}");
            foreach (var item in root.GetProperty(section).EnumerateArray())
                Assert.True(item.GetProperty("evidence").GetArrayLength() > 0, $"{example}: {section} item without evidence");
        }
        Assert.True(root.GetProperty("drugs").GetArrayLength() + root.GetProperty("removed_drugs").GetArrayLength() > 0, $"{example}: no drugs");
    }

    [Fact]
    public void Warfarin_case_warns_about_the_amiodarone_interaction_and_names_the_effect()
    {
        var r = CliProcess.Run("recommend", "--case", "examples/elderly-warfarin-bleeding.json", "--json");
        using var doc = JsonDocument.Parse(r.Out);
        var warning = doc.RootElement.GetProperty("warnings").EnumerateArray()
            .Single(w => w.GetProperty("message").GetString()!.Contains("胺碘酮", StringComparison.Ordinal) && w.GetProperty("message").GetString()!.Contains("华法林", StringComparison.Ordinal));
        Assert.Equal("major", warning.GetProperty("severity").GetString());
        Assert.Contains("Haemorrhage", warning.GetProperty("message").GetString());
    }

    [Fact]
    public void Human_readable_report_has_every_section()
    {
        var r = CliProcess.Run("recommend", "--case", "examples/adult-stomach-pain.json");
        Assert.Equal(0, r.Code);
        foreach (var heading in new[] { "疾病推荐", "检查推荐", "药物推荐", "安全警示" }) Assert.Contains(heading, r.Out);
    }
}
