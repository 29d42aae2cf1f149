namespace MedRec.Training.Corpus;

/// <summary>One dataset's contribution to the pretraining corpus: raw documents, cleaned later by the builder.</summary>
public interface ICorpusSource
{
    /// <summary>Short stable name used in the manifest, e.g. "xywy".</summary>
    string Name { get; }

    /// <summary>Data files (relative to the data folder) this source reads; checked against the evaluation list.</summary>
    IReadOnlyList<string> Files { get; }

    IEnumerable<string> Documents(string dataDir);
}
