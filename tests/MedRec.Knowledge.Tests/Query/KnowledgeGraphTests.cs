using MedRec.Knowledge.Build;
using MedRec.Knowledge.Query;
using Microsoft.Data.Sqlite;

namespace MedRec.Knowledge.Tests.Query;

public sealed class KnowledgeGraphTests : IDisposable
{
    private readonly SqliteConnection _c = new("Data Source=:memory:");
    private readonly KnowledgeGraph _kg;

    public KnowledgeGraphTests()
    {
        var w = new KgWriter();
        var flu = w.Entity("disease", "流行性感冒", "xywy");
        w.Entity("disease", "流行性感冒", "39health");
        w.Alias(flu, "流感", "alias", "39health");
        var fever = w.Entity("symptom", "发热", "xywy");
        var check = w.Entity("check", "血常规", "xywy");
        w.Relation(flu, "has_symptom", fever, "xywy", 1);
        w.Relation(flu, "has_symptom", fever, "39health", 0.9);
        w.Relation(flu, "needs_check", check, "xywy", 1);
        _c.Open();
        KgBuilder.WriteTo(w, _c, r => r.Type == "needs_check");
        _kg = KnowledgeGraph.FromConnection(_c);
    }

    [Fact]
    public void Aliases_find_the_entity_and_edges_keep_their_sources()
    {
        var flu = Assert.Single(_kg.Find("流感"));
        Assert.Equal("流行性感冒", flu.Name);
        var edges = _kg.Out(flu.Id, "has_symptom");
        Assert.Equal(["39health", "xywy"], edges.Select(e => e.Source).Order());
        Assert.All(edges, e => Assert.Equal("发热", e.Neighbour.Name));
    }

    [Fact]
    public void Held_out_edges_stay_queryable_and_are_listed_for_evaluation()
    {
        var stats = KgStats.Read(_kg);
        Assert.Equal(3, stats.TotalRelations);
        Assert.Equal(1, stats.HoldOut["edges"]);
        Assert.Contains(KgIndex.Load(_kg).HeldOutDiseases, id => id == _kg.Find("流行性感冒").Single().Id);
    }

    [Fact]
    public void Fuzzy_search_finds_a_name_from_a_fragment() =>
        Assert.Contains(KgSearch.Fuzzy(_kg, "行性感"), e => e.Name == "流行性感冒");

    public void Dispose() => _kg.Dispose();
}
