using MedRec.Core.Common;
using MedRec.Eval.Diagnosis;

namespace MedRec.Eval.Tests.Diagnosis;

public sealed class DiagnosisDatasetsTests
{
    [SkippableTheory]
    [InlineData("mz4", 568, 142, 4)]
    [InlineData("mz4-large", 1388, 345, 4)]
    [InlineData("dxy", 423, 104, 5)]
    [InlineData("mz10", 3305, 811, 10)]
    [InlineData("sd", 24000, 6000, 90)]
    public void Standard_splits_have_their_published_sizes(string dataset, int train, int test, int diseases)
    {
        var data = DataPaths.Resolve(null);
        Skip.IfNot(Directory.Exists(Path.Combine(data, "autodiag-mz4-mz10-dxy-mdd")), "shared data folder not present");
        var tr = DiagnosisDatasets.Load(data, dataset, "train");
        var te = DiagnosisDatasets.Load(data, dataset, "test");
        Assert.Equal(train, tr.Count);
        Assert.Equal(test, te.Count);
        Assert.Equal(diseases, tr.Select(s => s.Label).Distinct().Count());
        Assert.All(tr.Take(50), s => Assert.NotEmpty(s.Symptoms));
    }

    [Fact]
    public void Unknown_dataset_is_a_clear_error() =>
        Assert.Contains("unknown dataset", Assert.Throws<MedRecException>(() => DiagnosisDatasets.Load(".", "nope", "test")).Message);
}
