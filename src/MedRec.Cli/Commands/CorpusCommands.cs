using System.Text.Json;
using MedRec.Cli.Framework;
using MedRec.Core.Common;
using MedRec.Training.Corpus;

namespace MedRec.Cli.Commands;

/// <summary>Pretraining corpus, tokenizer and language-model anchor verbs.</summary>
internal static class CorpusCommands
{
    private const string DefaultCorpusDir = "artifacts/corpus";

    public static void Register(CommandRegistry r)
    {
        r.Add(new CliCommand("corpus build", "corpus build [--data DIR] [--out DIR] [--max-docs N]",
            "clean, deduplicate and decontaminate the pretraining text into train.txt / val.txt", Build));
    }

    internal static string CorpusDir(CliArgs a, string name = "out") => a.Option(name) ?? Path.Combine(DataPaths.RepoRoot() ?? ".", DefaultCorpusDir);

    private static Task<int> Build(CliArgs a, CancellationToken ct)
    {
        var data = DataPaths.RequireDataFolder(a.Option("data"));
        var outDir = CorpusDir(a);
        var max = a.Option("max-docs") is null ? (int?)null : a.Int("max-docs", 0);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var m = CorpusBuilder.Build(new CorpusBuildOptions(data, outDir) { MaxDocsPerSource = max }, Console.Error, ct);
        Console.WriteLine(JsonSerializer.Serialize(m, CorpusManifest.Json));
        Console.Error.WriteLine($"wrote {outDir}: train {m.TrainDocs:N0} docs {m.TrainChars:N0} chars, val {m.ValDocs:N0} docs {m.ValChars:N0} chars in {sw.Elapsed.TotalSeconds:F0} s");
        return Task.FromResult(0);
    }
}
