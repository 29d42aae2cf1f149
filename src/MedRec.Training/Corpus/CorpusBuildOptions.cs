namespace MedRec.Training.Corpus;

/// <summary>
/// How to build the corpus. <see cref="ValPerMille"/> documents in a thousand go to validation, chosen by a hash of the
/// normalised text (deterministic, independent of order). <see cref="MaxDocsPerSource"/> makes a quick sample build.
/// </summary>
public sealed record CorpusBuildOptions(string DataDir, string OutDir)
{
    public int ValPerMille { get; init; } = 20;
    public int MinChars { get; init; } = 16;
    public int NGram { get; init; } = NGramOverlap.DefaultN;
    public int? MaxDocsPerSource { get; init; }
    public IReadOnlyList<ICorpusSource>? Sources { get; init; }
}
