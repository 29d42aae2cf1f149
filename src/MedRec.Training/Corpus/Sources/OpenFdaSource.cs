using System.Text.Json;

namespace MedRec.Training.Corpus.Sources;

/// <summary>openFDA label prose (English, public domain): indications, contraindications, warnings, interactions, dosage. Tables skipped.</summary>
public sealed class OpenFdaSource : ICorpusSource
{
    private static readonly string[] s_sections =
        ["indications_and_usage", "contraindications", "boxed_warning", "warnings_and_cautions", "warnings", "drug_interactions", "dosage_and_administration"];

    public string Name => "openfda-en";
    public IReadOnlyList<string> Files => ["openfda-labels-875/openfda_label_sections.jsonl.gz"];

    public IEnumerable<string> Documents(string dataDir)
    {
        foreach (var e in SourceIo.JsonLines(Path.Combine(dataDir, Files[0])))
        {
            var doc = new DocumentText().Line(SourceIo.Text(e, "drug_name"));
            if (e.TryGetProperty("sections", out var s) && s.ValueKind == JsonValueKind.Object)
                foreach (var name in s_sections)
                    doc.Field(name.Replace('_', ' ').ToUpperInvariant(), SourceIo.Text(s, name), ": ");
            yield return doc.ToString();
        }
    }
}
