using System.Text.Json;
using MedRec.Cli.Framework;
using MedRec.Eval.Holdout;
using MedRec.Knowledge.Query;

namespace MedRec.Cli.Commands;

internal static class EvalHoldoutCommands
{
    public static void Register(CommandRegistry r)
    {
        r.Add(new CliCommand("eval exams", "eval exams [--kg FILE] [--json]",
            "recall@5/precision@5 of exam recommendation on the KG hold-out (10 % of diseases)", (a, ct) => Run(a, "exams", "needs_check", ct), new HashSet<string> { "json" }));
        r.Add(new CliCommand("eval drugs", "eval drugs [--kg FILE] [--json]",
            "recall@5/precision@5 of drug recommendation on the KG hold-out (10 % of diseases)", (a, ct) => Run(a, "drugs", "common_drug", ct), new HashSet<string> { "json" }));
    }

    private static Task<int> Run(CliArgs a, string task, string relation, CancellationToken ct)
    {
        using var kg = KnowledgeGraph.Open(KgCommands.KgPath(a));
        var m = HoldoutEvaluator.Evaluate(kg, KgIndex.Load(kg), relation, 5, ct);
        var result = new
        {
            task, dataset = "kg-holdout", relation, n = m.Diseases, skipped_without_symptoms = m.SkippedWithoutSymptoms,
            recall_at_5 = R(m.RecallAt5), precision_at_5 = R(m.PrecisionAt5), hit_at_5 = R(m.HitAt5),
            popularity_recall_at_5 = R(m.PopularityRecallAt5), popularity_precision_at_5 = R(m.PopularityPrecisionAt5),
        };
        Console.WriteLine(a.Flag("json") ? JsonSerializer.Serialize(result, JsonOptions.Compact)
            : $"{task} on the KG hold-out ({m.Diseases} diseases): recall@5 {m.RecallAt5:F4} precision@5 {m.PrecisionAt5:F4} hit@5 {m.HitAt5:F4}; popularity floor recall@5 {m.PopularityRecallAt5:F4} precision@5 {m.PopularityPrecisionAt5:F4}");
        return Task.FromResult(0);
    }

    private static double R(double x) => Math.Round(x, 4);
}
