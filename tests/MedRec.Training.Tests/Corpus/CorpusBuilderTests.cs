using System.Text.Json;
using MedRec.Core.Common;
using MedRec.Training.Corpus;

namespace MedRec.Training.Tests.Corpus;

public class CorpusBuilderTests
{
    private sealed class FakeSource(string name, params string[] docs) : ICorpusSource
    {
        public string Name => name;
        public IReadOnlyList<string> Files { get; init; } = [];
        public IEnumerable<string> Documents(string dataDir) => docs;
    }

    private const string TestQuestion = "我家孩子发烧三十九度咳嗽两天了需要去医院吗";

    private static string FakeDataFolder()
    {
        var data = TestData.TempDir();
        var test = Path.Combine(data, "chineseblue/data/cMedQA/test.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(test)!);
        File.WriteAllText(test, $"1\t{TestQuestion}\t建议就医。\n");
        return data;
    }

    /// <summary>Distinct text per seed, so documents are not near duplicates of each other.</summary>
    private static string RandomText(int seed)
    {
        var rng = new Random(seed);
        return new string(Enumerable.Range(0, 40).Select(_ => (char)rng.Next(0x4E00, 0x9FA5)).ToArray());
    }

    [Fact]
    public void DropsNearDuplicates()
    {
        var data = FakeDataFolder();
        var m = Build(data, Path.Combine(data, "o"), new FakeSource("a", RandomText(1) + RandomText(2), RandomText(1) + RandomText(2) + "好", RandomText(3) + RandomText(4)));
        Assert.Equal(1, m.Sources["a"].DroppedNearDuplicate);
        Assert.Equal(2, m.Sources["a"].TrainDocs + m.Sources["a"].ValDocs);
    }

    private static CorpusManifest Build(string data, string outDir, params ICorpusSource[] sources) =>
        CorpusBuilder.Build(new CorpusBuildOptions(data, outDir) { Sources = sources, ValPerMille = 300 });

    [Fact]
    public void DropsTestItemsDuplicatesAndShortDocumentsAndKeepsTheRest()
    {
        var data = FakeDataFolder();
        var outDir = Path.Combine(data, "out");
        var docs = Enumerable.Range(0, 40).Select(i => $"第{i}篇：{RandomText(i)}。<b>第{i}</b>").ToList();
        var m = Build(data, outDir,
            new FakeSource("a", [.. docs, docs[3], $"第3篇： {RandomText(3)}!<i>第3</i>", "太短"]),
            new FakeSource("b", $"问：{TestQuestion}？\n答：多喝水，注意休息，如果持续高烧不退请及时就医。", "问：家里老人头晕怎么办？\n答：先量血压，必要时就医。"));

        Assert.Equal(0, m.Sources["a"].DroppedEvalOverlap);
        Assert.Equal(1, m.Sources["a"].DroppedShort);
        Assert.Equal(2, m.Sources["a"].DroppedDuplicate);
        Assert.Equal(40, m.Sources["a"].TrainDocs + m.Sources["a"].ValDocs);
        Assert.Equal(1, m.Sources["b"].TrimmedEvalOverlap);
        var all = CorpusFormat.ReadDocuments(Path.Combine(outDir, CorpusFormat.TrainFile))
            .Concat(CorpusFormat.ReadDocuments(Path.Combine(outDir, CorpusFormat.ValFile))).ToList();
        Assert.Equal(m.TrainDocs + m.ValDocs, all.Count);
        Assert.DoesNotContain(all, d => d.Contains("三十九度", StringComparison.Ordinal));
        Assert.Contains("答：多喝水，注意休息，如果持续高烧不退请及时就医。", all);
        Assert.DoesNotContain(all, d => d.Contains('<'));
        Assert.True(m.ValDocs > 0 && m.TrainDocs > 0);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, CorpusFormat.ManifestFile)));
        Assert.Equal(m.TrainChars, json.RootElement.GetProperty("train_chars").GetInt64());
    }

    [Fact]
    public void SplitIsDeterministicAndOrderIndependent()
    {
        var data = FakeDataFolder();
        var docs = Enumerable.Range(0, 60).Select(i => $"文档{i}：{RandomText(i)}").ToArray();
        Build(data, Path.Combine(data, "o1"), new FakeSource("a", docs));
        Build(data, Path.Combine(data, "o2"), new FakeSource("a", docs.Reverse().ToArray()));
        var v1 = CorpusFormat.ReadDocuments(Path.Combine(data, "o1", CorpusFormat.ValFile)).Order().ToList();
        var v2 = CorpusFormat.ReadDocuments(Path.Combine(data, "o2", CorpusFormat.ValFile)).Order().ToList();
        Assert.NotEmpty(v1);
        Assert.Equal(v1, v2);
    }

    [Fact]
    public void RefusesASourceThatReadsAnEvaluationFile()
    {
        var data = FakeDataFolder();
        var bad = new FakeSource("bad", "x") { Files = ["chineseblue/data/cMedQA/test.txt"] };
        Assert.Throws<MedRecException>(() => Build(data, Path.Combine(data, "o"), bad));
    }
}
