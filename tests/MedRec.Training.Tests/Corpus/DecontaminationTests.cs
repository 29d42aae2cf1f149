using MedRec.Training.Corpus;

namespace MedRec.Training.Tests.Corpus;

/// <summary>
/// The corpus against the real evaluation sets, checked with a plain string-matching reference (no hashes, no runs):
/// no evaluation string (normalised) may appear whole in a document, and no 50-character piece of one either.
/// Runs on a sample build (first documents of every source) and, when present, on a sample of artifacts/corpus.
/// Needs the shared data folder; without it there is nothing to check.
/// </summary>
public class DecontaminationTests
{
    [Fact]
    public void SampleBuildSharesNoTextWithEvaluationSets()
    {
        if (TestData.Folder() is not { } data) return;
        var outDir = TestData.TempDir();
        var m = CorpusBuilder.Build(new CorpusBuildOptions(data, outDir) { MaxDocsPerSource = 40 });
        Assert.True(m.TrainDocs > 200);
        var docs = CorpusFormat.ReadDocuments(Path.Combine(outDir, CorpusFormat.TrainFile))
            .Concat(CorpusFormat.ReadDocuments(Path.Combine(outDir, CorpusFormat.ValFile))).ToList();
        AssertNoOverlap(data, docs);
    }

    [Fact]
    public void BuiltCorpusSampleSharesNoTextWithEvaluationSets()
    {
        if (TestData.Folder() is not { } data || Core.Common.DataPaths.RepoRoot() is not { } root) return;
        var train = Path.Combine(root, "artifacts", "corpus", CorpusFormat.TrainFile);
        if (!File.Exists(train)) return;
        var docs = CorpusFormat.ReadDocuments(train).Where((_, i) => i % 97 == 0).ToList();
        AssertNoOverlap(data, docs);
    }

    [Fact]
    public void ReferenceCheckFindsAPlantedTestItem()
    {
        if (TestData.Folder() is not { } data) return;
        var item = EvalSets.Resolve(data).SelectMany(EvalTextReader.Strings)
            .First(s => NGramOverlap.Normalize(s).Length is > 60 and < 200);
        Assert.NotEmpty(Violations(data, ["无关的前文。" + item + "无关的后文。"]));
    }

    private static void AssertNoOverlap(string data, List<string> docs)
    {
        var v = Violations(data, docs);
        Assert.True(v.Count == 0, $"{v.Count} overlaps, e.g. {string.Join(" | ", v.Take(3))}");
    }

    private static List<string> Violations(string data, List<string> docs)
    {
        const int w = EvalNGramIndex.MatchChars;
        var joined = string.Join("\u0001", docs.Select(NGramOverlap.Normalize));
        var windows = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 13 <= joined.Length; i++)
        {
            prefixes.Add(joined.Substring(i, 13));
            if (i + w <= joined.Length) windows.Add(joined.Substring(i, w));
        }
        var lookup = windows.GetAlternateLookup<ReadOnlySpan<char>>();
        var found = new List<string>();
        foreach (var s in EvalSets.Resolve(data).SelectMany(EvalTextReader.Strings))
        {
            var n = NGramOverlap.Normalize(s);
            if (n.Length < 13) continue;
            var cjk = n.Any(c => c is >= '\u3400' and <= '\u9FFF');
            if (n.Length < w)
            {
                if ((cjk || n.Length >= EvalNGramIndex.MinLatinWhole) && prefixes.Contains(n[..13]) && joined.Contains(n, StringComparison.Ordinal)) found.Add(n);
                continue;
            }
            for (var i = 0; i + w <= n.Length; i++)
                if (lookup.Contains(n.AsSpan(i, w))) { found.Add(n.Substring(i, w)); break; }
        }
        return found;
    }
}
