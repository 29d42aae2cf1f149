namespace MedRec.Training.Corpus.Sources;

/// <summary>GenMedGPT-5k Chinese translation: patient description and doctor answer.</summary>
public sealed class GenMedGptSource : ICorpusSource
{
    public string Name => "genmedgpt-zh";
    public IReadOnlyList<string> Files => ["genmedgpt-5k-zh/Doctor_GLM/GenMedGPT-5k-ch.json.gz"];

    public IEnumerable<string> Documents(string dataDir) =>
        SourceIo.JsonArray(Path.Combine(dataDir, Files[0]))
            .Select(e => $"患者：{SourceIo.Text(e, "input").Trim()}\n医生：{SourceIo.Text(e, "output").Trim()}");
}
