namespace MedRec.Training.Corpus.Sources;

/// <summary>English: ChatDoctor disease descriptions and GenMedGPT-5k dialogues (a small English share).</summary>
public sealed class ChatDoctorSource : ICorpusSource
{
    public string Name => "chatdoctor-en";
    public IReadOnlyList<string> Files => ["chatdoctor-disease-db-en/chatdoctor5k.json.gz", "chatdoctor-disease-db-en/format_dataset.csv.gz"];

    public IEnumerable<string> Documents(string dataDir)
    {
        foreach (var e in SourceIo.JsonArray(Path.Combine(dataDir, Files[0])))
            yield return $"Patient: {SourceIo.Text(e, "input").Trim()}\nDoctor: {SourceIo.Text(e, "output").Trim()}";
        foreach (var r in SourceIo.CsvRows(Path.Combine(dataDir, Files[1])))
        {
            if (r.Length < 6) continue;
            yield return new DocumentText()
                .Line(r[1])
                .Field("Description", r[3], ": ")
                .Field("Symptoms", PyList(r[2]), ": ")
                .Field("Tests and procedures", PyList(r[4]), ": ")
                .Field("Common medications", PyList(r[5]), ": ")
                .ToString();
        }
    }

    private static string PyList(string s) => s.Trim('[', ']').Replace("'", "").Replace("\"", "");
}
