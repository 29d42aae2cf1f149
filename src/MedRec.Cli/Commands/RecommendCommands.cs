using System.Text.Json;
using MedRec.Cli.Framework;
using MedRec.Core.Cases;
using MedRec.Core.Common;
using MedRec.Core.Recommendations;
using MedRec.Knowledge.Query;
using MedRec.Tasks.Pipeline;

namespace MedRec.Cli.Commands;

internal static class RecommendCommands
{
    public static void Register(CommandRegistry r) =>
        r.Add(new CliCommand("recommend", "recommend --case FILE [--top N] [--kg FILE] [--json]",
            "diagnosis, exams, departments, next questions and drugs with evidence and safety warnings for one case",
            Recommend, new HashSet<string> { "json" }));

    private static Task<int> Recommend(CliArgs a, CancellationToken ct)
    {
        var c = PatientCaseReader.ReadFile(a.Required("case"));
        var top = a.Int("top", 5);
        if (top is < 1 or > 50) throw new MedRecException("--top must be between 1 and 50");
        using var kg = KnowledgeGraph.Open(KgCommands.KgPath(a));
        var pipeline = new RecommendationPipeline(kg, LinkingCommands.CreateLinker(kg));
        var report = pipeline.Run(c, top);
        if (a.Flag("json")) Console.WriteLine(JsonSerializer.Serialize(report, JsonOptions.Indented));
        else CaseReportPrinter.Print(report, Console.Out);
        return Task.FromResult(0);
    }
}
