using MedRec.Core.Cases;
using MedRec.Knowledge.Build;
using MedRec.Knowledge.Query;
using MedRec.Prevention.Lifestyle;
using Microsoft.Data.Sqlite;

namespace MedRec.Prevention.Tests.Lifestyle;

public sealed class LifestyleAdvisorTests : IDisposable
{
    private readonly SqliteConnection _c = new("Data Source=:memory:");
    private readonly LifestyleAdvisor _advisor;

    public LifestyleAdvisorTests()
    {
        var w = new KgWriter();
        var htn = w.Entity("disease", "高血压", "xywy");
        w.DiseaseInfo.Add((htn, "prevention", "低盐饮食，规律运动。", "xywy"));
        w.Relation(htn, "avoid_food", w.Entity("food", "咸菜", "xywy"), "xywy", 1);
        _c.Open();
        KgBuilder.WriteTo(w, _c, _ => false);
        _advisor = new LifestyleAdvisor(KnowledgeGraph.FromConnection(_c));
    }

    private static PatientCase With(params Condition[] conditions) => new() { Conditions = conditions };

    [Fact]
    public void SnomedCodedConditionReachesTheChineseKg()
    {
        var (advice, unmapped) = _advisor.Advise(With(new Condition { Name = "Hypertension", Code = "38341003", CodeSystem = "SNOMED" }));
        Assert.Empty(unmapped);
        Assert.Contains(advice, a => a.Kind == "prevention" && a.Condition == "高血压" && a.Source == "xywy");
        Assert.Contains(advice, a => a.Kind == "avoid_food" && a.Text.Contains("咸菜"));
    }

    [Fact]
    public void UnknownConditionIsListedNotDropped()
    {
        var (advice, unmapped) = _advisor.Advise(With(new Condition { Name = "Sprain of ankle", Code = "44465007", CodeSystem = "SNOMED" }));
        Assert.Empty(advice);
        Assert.Equal(["Sprain of ankle"], unmapped);
    }

    [Fact]
    public void CrosswalkCoversTheCommonChronicConditions()
    {
        Assert.True(SnomedCrosswalk.Count >= 40);
        Assert.Equal(("E11.9", "糖尿病"), (SnomedCrosswalk.Find("44054006")!.Icd10, SnomedCrosswalk.Find("44054006")!.NameZh));
    }

    public void Dispose() => _c.Dispose();
}
