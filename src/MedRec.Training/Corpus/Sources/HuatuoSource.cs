namespace MedRec.Training.Corpus.Sources;

/// <summary>Huatuo/本草 CMeKG instruction QA and the liver-cancer literature dialogues (training files only).</summary>
public sealed class HuatuoSource : ICorpusSource
{
    public string Name => "huatuo";
    public IReadOnlyList<string> Files =>
        ["huatuo-llama-cmekg-instruct/data/llama_data.jsonl.gz", "huatuo-llama-cmekg-instruct/data-literature/liver_cancer.json.gz"];

    public IEnumerable<string> Documents(string dataDir)
    {
        foreach (var e in SourceIo.JsonLines(Path.Combine(dataDir, Files[0])))
            yield return QaDocument.Format("", SourceIo.Text(e, "instruction") + "\n" + SourceIo.Text(e, "input"), SourceIo.Text(e, "output"));
        foreach (var e in SourceIo.JsonArray(Path.Combine(dataDir, Files[1])))
        {
            var turns = SourceIo.Text(e, "instruction").Replace("<user>:", "\n患者：").Replace("<bot>:", "\n医生：");
            yield return (turns + "\n医生：" + SourceIo.Text(e, "output")).Trim();
        }
    }
}
