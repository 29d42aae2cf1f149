namespace MedRec.Training.Corpus;

/// <summary>
/// Files under the data folder that hold evaluation data (see the data README "Evaluation data" and each SOURCE.md).
/// The corpus never reads them; the builder drops any document that shares an n-gram with them.
/// Dev splits used for tuning by other tasks (CMDD dev, COVID validate) are blocked too, to stay on the safe side.
/// </summary>
public static class EvalSets
{
    /// <summary>Folders that are evaluation-only as a whole (every text file in them).</summary>
    public static readonly IReadOnlyList<string> WholeFolders =
    [
        "autodiag-mz4-mz10-dxy-mdd", "zhongjing-cmtmedqa-huatuo26m-test", "cmmlu-medical",
        "qizhen-drug-indication-eval", "cmeie-dev", "medagentbench",
    ];

    /// <summary>Single evaluation files inside folders that also hold training material.</summary>
    public static readonly IReadOnlyList<string> Files =
    [
        "chineseblue/data/CMDD/test.jsonl", "chineseblue/data/CMDD/dev.jsonl",
        "chineseblue/data/cEHRNER/test.jsonl", "chineseblue/data/cMedIC/test.txt",
        "chineseblue/data/cMedIR/test.jsonl", "chineseblue/data/cMedQA/test.txt",
        "chineseblue/data/cMedQANER/test.jsonl", "chineseblue/data/cMedQQ/test.txt", "chineseblue/data/cMedTC/test.txt",
        "covid-dialogue-zh/CovidDialog/Chinese-COVID-dialogue-code/data/test_data.json",
        "covid-dialogue-zh/CovidDialog/Chinese-COVID-dialogue-code/data/validate_data.json",
        "huatuo-llama-cmekg-instruct/benchmark/question.json",
    ];

    private static readonly string[] s_textExtensions = [".json", ".jsonl", ".csv", ".txt", ".tsv"];

    /// <summary>Every existing evaluation file (absolute paths), in a stable order.</summary>
    public static IReadOnlyList<string> Resolve(string dataDir)
    {
        var found = new List<string>();
        foreach (var folder in WholeFolders)
        {
            var dir = Path.Combine(dataDir, folder);
            if (!Directory.Exists(dir)) continue;
            found.AddRange(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
                .Where(f => Path.GetFileName(f) != "SOURCE.md" && IsText(f)));
        }
        // Listed without ".gz": the data copy compresses files over 256 KiB, so either form may be present.
        foreach (var f in Files.Select(f => Path.Combine(dataDir, f)))
        {
            if (File.Exists(f)) found.Add(f);
            if (File.Exists(f + ".gz")) found.Add(f + ".gz");
        }
        return found.Order(StringComparer.Ordinal).ToList();
    }

    private static bool IsText(string path)
    {
        var p = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return s_textExtensions.Any(e => p.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
