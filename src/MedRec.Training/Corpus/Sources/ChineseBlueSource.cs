using System.Text.Json;

namespace MedRec.Training.Corpus.Sources;

/// <summary>
/// ChineseBLUE training material: CMDD train dialogues, cMedQA dev (positive pairs; its train split is absent and
/// dev is not an evaluation split here), cEHRNER/cMedQANER train texts, and the short train sentences of
/// cMedQQ / cMedTC / cMedIC bundled 40 to a document. No test or CMDD dev file is read.
/// </summary>
public sealed class ChineseBlueSource : ICorpusSource
{
    private const string Root = "chineseblue/data/";

    public string Name => "chineseblue";
    public IReadOnlyList<string> Files =>
    [
        Root + "CMDD/train.jsonl.gz", Root + "cMedQA/dev.txt.gz", Root + "cEHRNER/train.jsonl.gz", Root + "cMedQANER/train.jsonl.gz",
        Root + "cMedQQ/train.txt.gz", Root + "cMedTC/train.txt.gz", Root + "cMedIC/train.txt",
    ];

    public IEnumerable<string> Documents(string dataDir)
    {
        string P(int i) => Path.Combine(dataDir, Files[i]);
        foreach (var d in SourceIo.JsonLines(P(0)))
            if (d.TryGetProperty("dialogue-content", out var turns) && turns.ValueKind == JsonValueKind.Array)
                yield return string.Join("\n", turns.EnumerateArray().Select(t => $"{SourceIo.Text(t, "speaker")}：{SourceIo.Text(t, "sentence")}"));
        foreach (var r in SourceIo.CsvRows(P(1), hasHeader: false, delimiter: "\t"))
            if (r.Length >= 3 && r[0].Trim() == "1") yield return QaDocument.Format("", r[1], r[2].Trim('"').Replace("\"\"", "\""));
        foreach (var i in new[] { 2, 3 })
            foreach (var e in SourceIo.JsonLines(P(i))) yield return SourceIo.Text(e, "text").Replace('叒', ' '); // 叒 marks upstream line breaks
        var shortLines = new[] { 4, 5, 6 }.SelectMany(i => SourceIo.Lines(P(i)))
            .SelectMany(l => l.Split('\t').Skip(1)).Select(x => x.Trim()).Where(x => x.Length > 0).Distinct();
        foreach (var chunk in shortLines.Chunk(40)) yield return string.Join("\n", chunk);
    }
}
