using System.Text.Json;

namespace MedRec.Cli.Tests.Commands;

[Collection("cli")]
public sealed class KgCommandsTests
{
    [Fact]
    public void The_committed_kg_meets_the_size_floor()
    {
        var r = CliProcess.Run("kg", "stats", "--json");
        Assert.True(r.Code == 0, r.Err);
        using var doc = JsonDocument.Parse(r.Out);
        var e = doc.RootElement.GetProperty("entities");
        Assert.True(e.GetProperty("disease").GetInt64() >= 14_000);
        Assert.True(e.GetProperty("symptom").GetInt64() >= 6_000);
        Assert.True(e.GetProperty("check").GetInt64() >= 3_000);
        Assert.True(e.GetProperty("drug").GetInt64() >= 7_000);
        Assert.True(doc.RootElement.GetProperty("total_relations").GetInt64() >= 200_000);
        Assert.True(doc.RootElement.GetProperty("relations_by_source").EnumerateObject().Count() >= 6);
    }

    [Fact]
    public void Query_lists_neighbours_with_sources()
    {
        var r = CliProcess.Run("kg", "query", "感冒", "--json");
        Assert.True(r.Code == 0, r.Err);
        Assert.Contains("has_symptom", r.Out);
        Assert.Contains("xywy", r.Out);
    }

    [Fact]
    public void Exam_recommendation_beats_the_popularity_floor_on_the_holdout()
    {
        var r = CliProcess.Run("eval", "exams", "--json");
        Assert.True(r.Code == 0, r.Err);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.True(doc.RootElement.GetProperty("recall_at_5").GetDouble() > doc.RootElement.GetProperty("popularity_recall_at_5").GetDouble());
    }
}
