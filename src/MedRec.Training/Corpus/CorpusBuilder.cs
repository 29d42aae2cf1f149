using MedRec.Core.Common;

namespace MedRec.Training.Corpus;

/// <summary>
/// Builds train.txt / val.txt / manifest.json: read every source, clean, drop short documents, drop exact,
/// normalised and near duplicates (MinHash, Jaccard ≥ 0.8 on 5-char shingles), remove text overlapping an evaluation
/// set (<see cref="EvalNGramIndex"/>), then split by hash.
/// </summary>
public static class CorpusBuilder
{
    public static CorpusManifest Build(CorpusBuildOptions o, TextWriter? log = null, CancellationToken ct = default)
    {
        var sources = o.Sources ?? CorpusSources.All();
        var evalFiles = EvalSets.Resolve(o.DataDir).Select(Path.GetFullPath).ToHashSet();
        foreach (var s in sources)
            foreach (var f in s.Files)
                if (evalFiles.Contains(Path.GetFullPath(Path.Combine(o.DataDir, f))) || evalFiles.Contains(Path.GetFullPath(Path.Combine(o.DataDir, f + ".gz"))))
                    throw new MedRecException($"source {s.Name} reads evaluation file {f}");
        log?.WriteLine($"indexing {evalFiles.Count} evaluation files ({o.NGram}-grams)");
        var index = EvalNGramIndex.FromDataFolder(o.DataDir, o.NGram);
        log?.WriteLine($"evaluation index: {index.Count:N0} distinct {o.NGram}-grams; match = whole string or {EvalNGramIndex.MatchChars} chars");

        Directory.CreateDirectory(o.OutDir);
        var stats = new SortedDictionary<string, SourceStats>(StringComparer.Ordinal);
        var seen = new HashSet<ulong>();
        var near = new NearDuplicateIndex();
        using (var train = new StreamWriter(Path.Combine(o.OutDir, CorpusFormat.TrainFile), false, CorpusFormat.Utf8))
        using (var val = new StreamWriter(Path.Combine(o.OutDir, CorpusFormat.ValFile), false, CorpusFormat.Utf8))
        {
            bool trainStarted = false, valStarted = false;
            var progress = new ProgressReporter("corpus build", sources.Count, log);
            foreach (var source in sources)
            {
                var st = stats[source.Name] = new SourceStats();
                var docs = source.Documents(o.DataDir);
                if (o.MaxDocsPerSource is { } max) docs = docs.Take(max);
                foreach (var raw in docs)
                {
                    ct.ThrowIfCancellationRequested();
                    st.RawDocs++;
                    var text = TextCleaner.Clean(raw);
                    if (text.Length < o.MinChars) { st.DroppedShort++; continue; }
                    var norm = NGramOverlap.Normalize(text);
                    var h = NGramOverlap.Hash(norm);
                    if (!seen.Add(h)) { st.DroppedDuplicate++; continue; }
                    if (near.CheckAndAdd(norm)) { st.DroppedNearDuplicate++; continue; }
                    if (index.IsContaminated(text))
                    {
                        // Keep the clean lines of a long document (e.g. a disease page with one paragraph copied into
                        // a test answer); drop it whole when what is left still overlaps or is too short.
                        var kept = string.Join("\n", text.Split('\n').Where(l => !index.IsContaminated(l)));
                        st.DroppedEvalOverlapLines += text.Split('\n').Length - kept.Split('\n').Length;
                        if (kept.Length < o.MinChars || index.IsContaminated(kept)) { st.DroppedEvalOverlap++; continue; }
                        st.TrimmedEvalOverlap++;
                        text = kept;
                    }
                    var isVal = IsValidation(h, o.ValPerMille);
                    var w = isVal ? val : train;
                    if (isVal ? valStarted : trainStarted) w.Write(CorpusFormat.Separator);
                    if (isVal) valStarted = true; else trainStarted = true;
                    w.Write(text);
                    if (isVal) { st.ValDocs++; st.ValChars += text.Length; } else { st.TrainDocs++; st.TrainChars += text.Length; }
                }
                progress.Increment(source.Name);
            }
            train.Write('\n');
            val.Write('\n');
        }
        var manifest = new CorpusManifest(DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            "UTF-8 text, documents separated by one blank line (\\n\\n); no document contains a blank line",
            o.ValPerMille, o.NGram, EvalNGramIndex.MatchChars, evalFiles.Count, index.Count, stats);
        manifest.Save(Path.Combine(o.OutDir, CorpusFormat.ManifestFile));
        return manifest;
    }

    /// <summary>Validation membership from the document hash: stable across runs and machines.</summary>
    public static bool IsValidation(ulong normalizedHash, int perMille) => (normalizedHash >> 20) % 1000 < (ulong)perMille;
}
