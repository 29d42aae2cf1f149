using System.Text.Json;
using MedRec.Cli.Framework;
using MedRec.Core.Common;
using MedRec.Eval.LanguageModel;
using MedRec.Training.Data;
using MedRec.Training.Trainer;

namespace MedRec.Cli.Commands;

internal static class EvalLmCommand
{
    public static void Register(CommandRegistry r) =>
        r.Add(new CliCommand("eval lm", "eval lm [--checkpoint DIR] [--corpus DIR] [--seq N] [--threads N] [--json]",
            "the model's bits per character on the held-out corpus text, beside the n-gram and xz anchors", Run, new HashSet<string> { "json" }));

    private static Task<int> Run(CliArgs a, CancellationToken ct)
    {
        ModelCommands.Threads(a);
        var root = DataPaths.RepoRoot() ?? ".";
        var checkpoint = a.Option("checkpoint") ?? Path.Combine(root, "assets", "model", "pretrain");
        var corpus = a.Option("corpus") ?? Path.Combine(root, "artifacts", "corpus");
        var valBin = Path.Combine(corpus, "val.bin");
        var meta = Path.Combine(corpus, "tokens.json");
        if (!File.Exists(valBin) || !File.Exists(meta)) throw new MedRecException($"no tokenized corpus in {corpus} (run `medrec corpus build` and `medrec corpus tokenize`)");
        long bpcChars;
        using (var doc = JsonDocument.Parse(File.ReadAllText(meta))) bpcChars = doc.RootElement.GetProperty("splits").GetProperty("val").GetProperty("bpc_chars").GetInt64();
        using var model = ModelCommands.LoadAny(checkpoint);
        using var data = new TokenFile(valBin);
        var (nats, scored) = LossEvaluator.TotalNats(model, data, a.Int("seq", Math.Min(256, model.Config.MaxSeqLen)));
        // Every token but the first is scored, so the characters are the val text's, less a negligible first token.
        var valBpc = BitsPerChar.FromNats(nats, bpcChars);
        var anchors = Anchors(corpus);
        var result = new
        {
            task = "lm", val_bpc = Math.Round(valBpc, 4), ngram_bpc = Math.Round(anchors.NgramBpc, 4), xz_bpc = Math.Round(anchors.XzBpc, 4),
            tokens_seen = TokensSeen(checkpoint), val_tokens = scored, val_loss = Math.Round(nats / scored, 4), checkpoint,
        };
        Console.WriteLine(a.Flag("json") ? JsonSerializer.Serialize(result, JsonOptions.Compact)
            : $"val {valBpc:F4} bits/char (loss {nats / scored:F4} nats/token) vs 5-gram KN {anchors.NgramBpc:F4} and xz {anchors.XzBpc:F4}; tokens seen {result.tokens_seen:N0}");
        return Task.FromResult(0);
    }

    /// <summary>The anchors depend only on the corpus: computed once (≈ 30 s) and cached beside it.</summary>
    private static LmAnchorResult Anchors(string corpus)
    {
        var cache = Path.Combine(corpus, "lm-anchors.json");
        if (File.Exists(cache) && File.GetLastWriteTimeUtc(cache) > File.GetLastWriteTimeUtc(Path.Combine(corpus, "val.txt")))
            return JsonSerializer.Deserialize<LmAnchorResult>(File.ReadAllText(cache))!;
        var r = LmAnchors.Compute(corpus, log: Console.Error);
        File.WriteAllText(cache, JsonSerializer.Serialize(r));
        return r;
    }

    private static long? TokensSeen(string checkpoint)
    {
        foreach (var dir in new[] { checkpoint, Path.Combine(checkpoint, ModelTrainer.CheckpointDir) })
        {
            var state = Path.Combine(dir, "trainer_state.json");
            if (!File.Exists(state)) continue;
            using var doc = JsonDocument.Parse(File.ReadAllText(state));
            if (doc.RootElement.TryGetProperty("tokens_seen", out var t)) return t.GetInt64();
        }
        return null;
    }
}
