namespace MedRec.Training.Corpus.Sources;

/// <summary>Toyhom 内科 QA: title, question and answer per document (CSV and the txt dump; duplicates removed later).</summary>
public sealed class ToyhomSource : ICorpusSource
{
    public string Name => "toyhom";
    public IReadOnlyList<string> Files => ["toyhom-sample/sample_IM_5000-6000.csv.gz", "toyhom-sample/Data/IM/IM.txt.gz"];

    public IEnumerable<string> Documents(string dataDir)
    {
        foreach (var r in SourceIo.CsvRows(Path.Combine(dataDir, Files[0])))
            if (r.Length >= 4) yield return QaDocument.Format(r[1], r[2], r[3]);
        // The txt dump: "title,ask" line, answer line(s), blank line.
        var block = new List<string>();
        foreach (var line in SourceIo.Lines(Path.Combine(dataDir, Files[1])).Append(""))
        {
            if (line.Trim().Length > 0) { block.Add(line.Trim()); continue; }
            if (block.Count >= 2)
            {
                var comma = block[0].IndexOf(',');
                var title = comma > 0 ? block[0][..comma] : "";
                var ask = comma > 0 ? block[0][(comma + 1)..] : block[0];
                yield return QaDocument.Format(title, ask, string.Join("\n", block.Skip(1)));
            }
            block.Clear();
        }
    }
}
