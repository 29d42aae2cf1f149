using MedRec.Training.Corpus;

namespace MedRec.Training.Tests.Corpus;

public class NearDuplicateIndexTests
{
    private const string Doc = "高血压是以体循环动脉血压增高为主要特征的临床综合征，可伴有心脏、脑、肾脏和视网膜等器官功能性或器质性改变。" +
        "患者应低盐饮食，控制体重，戒烟限酒，规律服用降压药物，并定期监测血压。";

    [Fact]
    public void FlagsASlightlyEditedCopy()
    {
        var idx = new NearDuplicateIndex();
        Assert.False(idx.CheckAndAdd(NGramOverlap.Normalize(Doc)));
        Assert.True(idx.CheckAndAdd(NGramOverlap.Normalize(Doc.Replace("定期", "定时"))));
    }

    [Fact]
    public void KeepsDifferentDocuments()
    {
        var idx = new NearDuplicateIndex();
        Assert.False(idx.CheckAndAdd(NGramOverlap.Normalize(Doc)));
        Assert.False(idx.CheckAndAdd(NGramOverlap.Normalize("糖尿病是一组以高血糖为特征的代谢性疾病，长期高血糖导致各种组织慢性损害，患者应控制饮食并监测血糖。")));
        Assert.False(idx.CheckAndAdd(NGramOverlap.Normalize(Doc[..40] + "其余内容完全不同，这里讲的是骨折后的康复训练方法以及注意事项，包括早期活动和营养支持。")));
    }
}
