namespace MedRec.Training.Corpus.Sources;

/// <summary>COVID-Dialogue (haodf) train split only; the raw dump is not read because it also holds the test dialogues.</summary>
public sealed class CovidDialogueSource : ICorpusSource
{
    public string Name => "covid-dialogue";
    public IReadOnlyList<string> Files => ["covid-dialogue-zh/CovidDialog/Chinese-COVID-dialogue-code/data/train_data.json.gz"];

    public IEnumerable<string> Documents(string dataDir) =>
        SourceIo.JsonArray(Path.Combine(dataDir, Files[0]))
            .Select(d => string.Join("\n", d.EnumerateArray().Select(u => u.GetString()?.Trim()).Where(u => !string.IsNullOrEmpty(u))));
}
