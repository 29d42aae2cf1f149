using System.Diagnostics;
using System.Text.Json;
using MedRec.Cli.Framework;
using MedRec.Core.Common;
using MedRec.Eval.LanguageModel;
using MedRec.Model.Tokenization;
using MedRec.Training.Corpus;

namespace MedRec.Cli.Commands;

/// <summary>Pretraining corpus, tokenizer and language-model anchor verbs.</summary>
internal static class CorpusCommands
{
    private const string DefaultCorpusDir = "artifacts/corpus";
    private const string DefaultTokenizer = "assets/model/tokenizer.json";

    public static void Register(CommandRegistry r)
    {
        r.Add(new CliCommand("corpus build", "corpus build [--data DIR] [--out DIR] [--max-docs N]",
            "clean, deduplicate and decontaminate the pretraining text into train.txt / val.txt", Build));
        r.Add(new CliCommand("corpus tokenize", "corpus tokenize [--corpus DIR] [--tokenizer FILE]",
            "encode train.txt / val.txt into train.bin / val.bin token streams", Tokenize));
        r.Add(new CliCommand("tokenizer train", "tokenizer train [--corpus DIR] [--vocab 8000] [--sample-chars N] [--out FILE]",
            "train the byte-level BPE tokenizer on (a sample of) train.txt", TrainTokenizer));
        r.Add(new CliCommand("tokenizer encode", "tokenizer encode --text TEXT [--tokenizer FILE] [--special] [--json]",
            "show the tokens of a text", Encode, new HashSet<string> { "special", "json" }));
        r.Add(new CliCommand("eval lm-anchors", "eval lm-anchors [--corpus DIR] [--order 5] [--json]",
            "bits per character of a char n-gram Kneser-Ney model and of xz -9 on val.txt", Anchors, new HashSet<string> { "json" }));
    }

    private static string RepoPath(string relative) => Path.Combine(DataPaths.RepoRoot() ?? ".", relative);

    internal static string CorpusDir(CliArgs a, string name) => a.Option(name) ?? RepoPath(DefaultCorpusDir);

    private static string TokenizerPath(CliArgs a, string name = "tokenizer") => a.Option(name) ?? RepoPath(DefaultTokenizer);

    private static BpeTokenizer LoadTokenizer(string path) =>
        File.Exists(path) ? TokenizerJson.Load(path) : throw new MedRecException($"tokenizer not found: {path} (run `medrec tokenizer train`)");

    private static string RequireCorpusFile(string dir, string file)
    {
        var p = Path.Combine(dir, file);
        return File.Exists(p) ? p : throw new MedRecException($"corpus file not found: {p} (run `medrec corpus build`)");
    }

    private static Task<int> Build(CliArgs a, CancellationToken ct)
    {
        var data = DataPaths.RequireDataFolder(a.Option("data"));
        var outDir = CorpusDir(a, "out");
        var max = a.Option("max-docs") is null ? (int?)null : a.Int("max-docs", 0);
        var sw = Stopwatch.StartNew();
        var m = CorpusBuilder.Build(new CorpusBuildOptions(data, outDir) { MaxDocsPerSource = max }, Console.Error, ct);
        Console.WriteLine(JsonSerializer.Serialize(m, CorpusManifest.Json));
        Console.Error.WriteLine($"wrote {outDir}: train {m.TrainDocs:N0} docs {m.TrainChars:N0} chars, val {m.ValDocs:N0} docs {m.ValChars:N0} chars in {sw.Elapsed.TotalSeconds:F0} s");
        return Task.FromResult(0);
    }

    private static Task<int> TrainTokenizer(CliArgs a, CancellationToken ct)
    {
        var train = RequireCorpusFile(CorpusDir(a, "corpus"), CorpusFormat.TrainFile);
        var vocab = a.Int("vocab", BpeTrainer.DefaultVocabSize);
        if (vocab is < 512 or > 65536) throw new MedRecException("--vocab must be between 512 and 65536");
        var sampleChars = a.Int("sample-chars", 8_000_000);
        var outPath = TokenizerPath(a, "out");
        var docs = CorpusFormat.ReadDocuments(train).ToList();
        var total = docs.Sum(d => (long)d.Length);
        // An even spread over the file (every k-th document) keeps every source's share.
        var stride = Math.Max(1, (int)Math.Ceiling((double)total / Math.Max(1, sampleChars)));
        var sample = docs.Where((_, i) => i % stride == 0).ToList();
        Console.Error.WriteLine($"training on {sample.Count:N0} of {docs.Count:N0} documents ({sample.Sum(d => (long)d.Length):N0} of {total:N0} chars), vocab {vocab}");
        var sw = Stopwatch.StartNew();
        var progress = new ProgressReporter("bpe merges", vocab - SpecialTokens.ByteOffset - 256);
        var tok = BpeTrainer.Train(sample, vocab, progress: (done, _) => { ct.ThrowIfCancellationRequested(); progress.Report(done); });
        TokenizerJson.Save(tok, outPath);
        Console.Error.WriteLine($"wrote {outPath} ({tok.VocabSize} tokens, {new FileInfo(outPath).Length / 1024.0:F0} KiB) in {sw.Elapsed.TotalSeconds:F0} s");
        return Task.FromResult(0);
    }

    private static Task<int> Tokenize(CliArgs a, CancellationToken ct)
    {
        var dir = CorpusDir(a, "corpus");
        var tokPath = TokenizerPath(a);
        var tok = LoadTokenizer(tokPath);
        var results = new List<TokenStreamWriter.Result>();
        foreach (var (split, file) in new[] { ("train", CorpusFormat.TrainFile), ("val", CorpusFormat.ValFile) })
        {
            var sw = Stopwatch.StartNew();
            var r = TokenStreamWriter.Write(tok, RequireCorpusFile(dir, file), Path.Combine(dir, split + ".bin"), split,
                d => { ct.ThrowIfCancellationRequested(); Console.Error.WriteLine($"{split}: {d:N0} documents, {sw.Elapsed.TotalSeconds:F0} s"); });
            Console.Error.WriteLine($"{split}.bin: {r.Tokens:N0} tokens, {r.Chars:N0} chars ({(double)r.Chars / r.Tokens:F3} chars/token) in {sw.Elapsed.TotalSeconds:F0} s");
            results.Add(r);
        }
        TokenStreamWriter.WriteMeta(dir, tok, tokPath, results);
        Console.WriteLine(File.ReadAllText(Path.Combine(dir, TokenStreamWriter.MetaFile)));
        return Task.FromResult(0);
    }

    private static Task<int> Encode(CliArgs a, CancellationToken ct)
    {
        var text = a.Required("text");
        var tok = LoadTokenizer(TokenizerPath(a));
        var ids = tok.Encode(text, a.Flag("special"));
        var pieces = ids.Select(id => tok.IsSpecial(id) ? SpecialTokens.All[id] : Piece(tok.TokenBytes(id))).ToList();
        if (a.Flag("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(new { ids, pieces, chars = text.Length, tokens = ids.Length }, JsonOptions.Compact));
            return Task.FromResult(0);
        }
        Console.WriteLine(string.Join(" ", ids));
        Console.WriteLine(string.Join(" | ", pieces));
        Console.WriteLine($"{ids.Length} tokens for {text.Length} chars");
        return Task.FromResult(0);
    }

    private static Task<int> Anchors(CliArgs a, CancellationToken ct)
    {
        var order = a.Int("order", 5);
        if (order is < 1 or > 8) throw new MedRecException("--order must be between 1 and 8");
        var r = LmAnchors.Compute(CorpusDir(a, "corpus"), order, Console.Error);
        if (a.Flag("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                task = "lm_anchors",
                ngram_bpc = Math.Round(r.NgramBpc, 4),
                xz_bpc = Math.Round(r.XzBpc, 4),
                val_chars = r.ValChars,
                train_chars = r.TrainChars,
                ngram_order = r.NgramOrder,
                ngram_vocabulary = r.NgramVocabulary,
                xz_bytes = r.XzBytes,
            }, JsonOptions.Compact));
            return Task.FromResult(0);
        }
        Console.WriteLine($"val.txt: {r.ValChars:N0} characters (train.txt {r.TrainChars:N0})");
        Console.WriteLine($"  {r.NgramOrder}-gram Kneser-Ney  {r.NgramBpc:F4} bits/char (vocabulary {r.NgramVocabulary:N0}, fit {r.FitSeconds:F0} s)");
        Console.WriteLine($"  xz -9              {r.XzBpc:F4} bits/char ({r.XzBytes:N0} bytes)");
        return Task.FromResult(0);
    }

    /// <summary>A token as text when it is whole UTF-8, else its bytes as &lt;0xXX&gt;.</summary>
    private static string Piece(ReadOnlySpan<byte> b)
    {
        try { return new System.Text.UTF8Encoding(false, true).GetString(b); }
        catch (System.Text.DecoderFallbackException) { return string.Concat(b.ToArray().Select(SpecialTokens.ByteName)); }
    }
}
