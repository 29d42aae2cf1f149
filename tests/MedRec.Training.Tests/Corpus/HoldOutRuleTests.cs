using MedRec.Knowledge.Build;
using MedRec.Training.Corpus;
using MedRec.Training.Corpus.Sources;

namespace MedRec.Training.Tests.Corpus;

public class HoldOutRuleTests
{
    [Theory]
    [InlineData("百日咳")]
    [InlineData("高血压")]
    [InlineData("胎膜早破")]
    [InlineData("2型糖尿病")]
    [InlineData("")]
    public void SameRuleAsTheKnowledgeGraph(string name) =>
        Assert.Equal(KgBuildOptions.IsHoldOutDisease(name), HoldOutRule.IsHoldOutDisease(name));

    [Fact]
    public void SameRuleOnManyNames()
    {
        var names = Enumerable.Range(0, 2000).Select(i => $"病{i}{(char)(0x4E00 + i * 7 % 20000)}").ToList();
        Assert.All(names, n => Assert.Equal(KgBuildOptions.IsHoldOutDisease(n), HoldOutRule.IsHoldOutDisease(n)));
        Assert.InRange(names.Count(HoldOutRule.IsHoldOutDisease), 120, 280);
    }

    [Fact]
    public void XywyDocumentsOfHeldOutDiseasesHaveNoDrugOrCheckLists()
    {
        if (TestData.Folder() is not { } data) return;
        var docs = new XywySource().Documents(data).Take(600).ToList();
        var held = docs.Where(d => HoldOutRule.IsHoldOutDisease(d.Split('\n')[0])).ToList();
        var kept = docs.Except(held).ToList();
        Assert.NotEmpty(held);
        Assert.All(held, d => Assert.DoesNotContain("\n常用药品：", d));
        Assert.All(held, d => Assert.DoesNotContain("\n检查：", d));
        Assert.Contains(kept, d => d.Contains("\n常用药品：", StringComparison.Ordinal));
    }
}
