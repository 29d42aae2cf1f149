using System.Text.Json;
using MedRec.Cli.Framework;
using MedRec.Core.Common;
using MedRec.Eval.Diagnosis;
using MedRec.Eval.Metrics;
using MedRec.Knowledge.Linking;
using MedRec.Knowledge.Query;

namespace MedRec.Cli.Commands;

internal static class EvalDiagnosisCommand
{
    public static void Register(CommandRegistry r) =>
        r.Add(new CliCommand("eval diagnosis",
            "eval diagnosis --dataset mz4|mz4-large|dxy|mz10|sd [--baseline kg|nb|kg+nb] [--split test|train] [--symptoms all|explicit] [--candidates labels|kg] [--prior-weight W] [--epsilon E] [--alpha A] [--beta B] [--data DIR] [--kg FILE] [--json]",
            "top-1/3/5 accuracy, macro-F1 and calibration of a diagnosis baseline (split train = 5-fold cross-validation, for tuning)",
            Run, new HashSet<string> { "json" }));

    private static Task<int> Run(CliArgs a, CancellationToken ct)
    {
        var dataset = a.Required("dataset");
        if (!DiagnosisDatasets.Names.Contains(dataset)) throw new MedRecException($"unknown dataset '{dataset}' (one of {string.Join(", ", DiagnosisDatasets.Names)})");
        var baseline = a.Option("baseline") ?? (dataset == "sd" ? "nb" : "kg+nb");
        if (baseline is not ("kg" or "nb" or "kg+nb")) throw new MedRecException("--baseline must be kg, nb or kg+nb");
        if (dataset == "sd" && baseline != "nb") throw new MedRecException("sd is English and the KG is Chinese: only --baseline nb applies to sd");
        var split = a.Option("split") ?? "test";
        if (split is not ("test" or "train")) throw new MedRecException("--split must be test or train");
        var symptoms = a.Option("symptoms") ?? "all";
        if (symptoms is not ("all" or "explicit")) throw new MedRecException("--symptoms must be all or explicit");
        var data = DataPaths.RequireDataFolder(a.Option("data"));

        KnowledgeGraph? kg = null;
        Func<IDiagnosisBaseline> create;
        KgBaseline? mappingProbe = null;
        try
        {
            if (baseline == "nb") create = () => new NaiveBayesBaseline();
            else
            {
                kg = KnowledgeGraph.Open(KgCommands.KgPath(a));
                var index = KgIndex.Load(kg);
                var d = new MedRec.Tasks.Diagnosis.KgNaiveBayesOptions();
                var options = d with
                {
                    Epsilon = a.Double("epsilon", d.Epsilon), Alpha = a.Double("alpha", d.Alpha), Beta = a.Double("beta", d.Beta),
                    PriorWeight = a.Double("prior-weight", d.PriorWeight),
                };
                var mapper = new KgLabelMapper(kg, index, new Lexicon().AddKnowledgeGraph(kg, ["symptom"]));
                create = baseline == "kg" ? () => new KgBaseline(index, mapper, options) : () => new KgNaiveBayesBaseline(index, mapper, options);
                mappingProbe = new KgBaseline(index, mapper);
                if ((a.Option("candidates") ?? "labels") == "kg")
                {
                    var samples = DiagnosisDatasets.Load(data, dataset, split);
                    var o = OpenSetEvaluator.Evaluate(index, mapper, options, samples);
                    var open = new { task = "diagnosis", dataset, split, baseline = "kg", candidates = "kg", n = o.N, mapped = o.Mapped, top1 = R(o.Top1), top3 = R(o.Top3), top5 = R(o.Top5), top10 = R(o.Top10) };
                    Console.WriteLine(a.Flag("json") ? JsonSerializer.Serialize(open, JsonOptions.Compact)
                        : $"{dataset} {split} over all KG diseases: top-1 {o.Top1:P1} top-3 {o.Top3:P1} top-5 {o.Top5:P1} top-10 {o.Top10:P1} ({o.Mapped}/{o.N} labels mapped)");
                    return Task.FromResult(0);
                }
            }
            if (a.Option("candidates") is { } cand && cand != "labels") throw new MedRecException("--candidates kg needs --baseline kg; use labels otherwise");
            var train = DiagnosisDatasets.Load(data, dataset, "train");
            var (metrics, temperature, labels) = split == "test"
                ? DiagnosisEvaluator.Evaluate(create, train, DiagnosisDatasets.Load(data, dataset, "test"), symptoms == "explicit")
                : CrossValidate(create, train, symptoms == "explicit");
            mappingProbe?.Fit(train, labels);
            var result = new
            {
                task = "diagnosis", dataset, split, baseline, symptoms, n = metrics.N,
                top1 = R(metrics.Top1), top3 = R(metrics.Top3), top5 = R(metrics.Top5), macro_f1 = R(metrics.MacroF1),
                ece = R(metrics.Ece), nll = R(metrics.Nll), temperature = R(temperature), labels = labels.Count,
                label_mapping = mappingProbe?.Mapping,
            };
            Console.WriteLine(a.Flag("json") ? JsonSerializer.Serialize(result, JsonOptions.Compact)
                : $"{dataset} {split} ({baseline}, {symptoms} symptoms): n {metrics.N}  top-1 {metrics.Top1:P1}  top-3 {metrics.Top3:P1}  top-5 {metrics.Top5:P1}  macro-F1 {metrics.MacroF1:F3}  ECE {metrics.Ece:F3}");
            return Task.FromResult(0);
        }
        finally { kg?.Dispose(); }
    }

    private static DiagnosisEvaluator.Result CrossValidate(Func<IDiagnosisBaseline> create, IReadOnlyList<DiagnosisSample> train, bool explicitOnly)
    {
        const int folds = 5;
        var results = Enumerable.Range(0, folds).Select(k => DiagnosisEvaluator.Evaluate(create,
            train.Where((_, i) => i % folds != k).ToList(), train.Where((_, i) => i % folds == k).ToList(), explicitOnly)).ToList();
        var m = new ClassificationMetrics(train.Count, results.Average(r => r.Metrics.Top1), results.Average(r => r.Metrics.Top3),
            results.Average(r => r.Metrics.Top5), results.Average(r => r.Metrics.MacroF1), results.Average(r => r.Metrics.Ece), results.Average(r => r.Metrics.Nll));
        return new DiagnosisEvaluator.Result(m, results.Average(r => r.Temperature), results[0].Labels);
    }

    private static double R(double x) => Math.Round(x, 4);
}
