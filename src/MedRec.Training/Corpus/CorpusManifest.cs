using System.Text.Encodings.Web;
using System.Text.Json;

namespace MedRec.Training.Corpus;

/// <summary>What a corpus build produced: per-source stats, totals, and how it was made. Saved as manifest.json.</summary>
public sealed record CorpusManifest(
    string CreatedUtc,
    string Format,
    int ValPerMille,
    int DecontaminationNgram,
    int DecontaminationMatchChars,
    int EvalFiles,
    int EvalNgrams,
    IReadOnlyDictionary<string, SourceStats> Sources)
{
    public long TrainDocs => Sources.Values.Sum(s => s.TrainDocs);
    public long TrainChars => Sources.Values.Sum(s => s.TrainChars);
    public long ValDocs => Sources.Values.Sum(s => s.ValDocs);
    public long ValChars => Sources.Values.Sum(s => s.ValChars);

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
}
