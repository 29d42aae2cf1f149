using System.Text.Json;
using MedRec.Cli.Framework;
using MedRec.Core.Common;
using MedRec.Eval.Linking;
using MedRec.Knowledge.Build.Cmdd;
using MedRec.Knowledge.Linking;
using MedRec.Knowledge.Query;

namespace MedRec.Cli.Commands;

internal static class LinkingCommands
{
    public static void Register(CommandRegistry r)
    {
        r.Add(new CliCommand("link", "link --text TEXT [--kg FILE] [--fuzzy] [--json]",
            "find symptoms, diseases, drugs and checks in Chinese text (with negation, duration, body site)",
            Link, new HashSet<string> { "json", "fuzzy" }));
        r.Add(new CliCommand("eval linking", "eval linking [--split dev|test] [--data DIR] [--kg FILE] [--no-cmdd] [--fuzzy] [--no-jieba] [--json]",
            "symptom extraction P/R/F1 and negation accuracy on ChineseBLUE CMDD", EvalLinking,
            new HashSet<string> { "json", "no-cmdd", "fuzzy", "no-jieba" }));
    }

    internal static EntityLinker CreateLinker(KnowledgeGraph kg, bool dialogueSurfaces = true, bool fuzzy = false, bool jieba = true) =>
        new(new Lexicon().AddKnowledgeGraph(kg, dialogueSurfaces: dialogueSurfaces), jieba, fuzzy);

    private static Task<int> Link(CliArgs a, CancellationToken ct)
    {
        var text = a.Required("text");
        if (text.Length > EntityLinker.MaxChars) throw new MedRecException($"--text is {text.Length:N0} characters; the limit is {EntityLinker.MaxChars:N0}");
        var json = a.Flag("json");
        using var kg = KnowledgeGraph.Open(KgCommands.KgPath(a));
        var entities = CreateLinker(kg, fuzzy: a.Flag("fuzzy")).Link(text);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new { text, entities }, JsonOptions.Compact));
            return Task.FromResult(0);
        }
        if (entities.Count == 0) Console.WriteLine("no medical entities found");
        foreach (var e in entities)
            Console.WriteLine($"{(e.Present ? "+" : "-")} {e.Canonical} [{e.Type}] ← “{e.Surface}”" +
                (e.Duration is null ? "" : $" 持续 {e.Duration}") + (e.BodySite is null ? "" : $" 部位 {e.BodySite}") +
                (e.Confidence < 1 ? $" (confidence {e.Confidence:F1})" : ""));
        return Task.FromResult(0);
    }

    private static Task<int> EvalLinking(CliArgs a, CancellationToken ct)
    {
        var split = a.Option("split") ?? "test";
        if (split is not ("dev" or "test")) throw new MedRecException("--split must be dev or test (train is what the lexicon is mined from)");
        var data = DataPaths.RequireDataFolder(a.Option("data"));
        var (noCmdd, fuzzy, noJieba, json) = (a.Flag("no-cmdd"), a.Flag("fuzzy"), a.Flag("no-jieba"), a.Flag("json"));
        using var kg = KnowledgeGraph.Open(KgCommands.KgPath(a));
        var linker = CreateLinker(kg, !noCmdd, fuzzy, !noJieba);
        var dialogues = CmddLoader.Load(data, split);
        var m = LinkingEvaluator.Evaluate(linker, dialogues);
        var result = new
        {
            task = "linking", dataset = "cmdd", split, n = m.Sentences, dialogues = dialogues.Count, gold = m.Gold,
            predicted = m.Predicted, precision = Math.Round(m.Precision, 4), recall = Math.Round(m.Recall, 4), f1 = Math.Round(m.F1, 4),
            negation_accuracy = Math.Round(m.NegationAccuracy, 4),
            config = new { cmdd_lexicon = !noCmdd, fuzzy, jieba = !noJieba },
        };
        Console.WriteLine(json ? JsonSerializer.Serialize(result, JsonOptions.Compact)
            : $"CMDD {split}: P {m.Precision:F4} R {m.Recall:F4} F1 {m.F1:F4} negation accuracy {m.NegationAccuracy:F4} ({m.Sentences} sentences, {m.Gold} gold mentions)");
        return Task.FromResult(0);
    }
}
