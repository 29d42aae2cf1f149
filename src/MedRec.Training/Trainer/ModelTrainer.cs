using System.Diagnostics;
using System.Text.Json;
using MedRec.Core.Common;
using MedRec.Model.Transformer;
using MedRec.Training.Data;
using MedRec.Training.Plotting;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MedRec.Training.Trainer;

/// <summary>
/// Iteration-based pre-training loop: AdamW (decay on matrices only), warmup + cosine LR, gradient accumulation,
/// clipping, optional bf16 matmuls, periodic validation, checkpoints every N steps, at the end and on cancellation.
/// Resuming from a checkpoint reproduces the uninterrupted run exactly (same weights, moments, batches, LR).
/// </summary>
public sealed class ModelTrainer(LlamaModel model, TokenFile data, TrainerOptions options, TextWriter? progressOut = null)
{
    public const string CheckpointDir = "checkpoint";
    public const string LogFile = "train_log.jsonl";
    private const ulong ValSeedSalt = 0x5EED_0F_7A11UL;

    private readonly TrainerOptions _o = options.Validate();

    /// <summary>
    /// Train until step <see cref="TrainerOptions.Steps"/>. With <paramref name="outDir"/>, writes the JSONL log and
    /// checkpoints there; with <paramref name="resume"/>, continues from outDir/checkpoint if present.
    /// <paramref name="onStep"/> sees every step (tests use it to cancel mid-run).
    /// </summary>
    public TrainResult Run(string? outDir, bool resume, CancellationToken ct, Action<TrainStepLog>? onStep = null)
    {
        var (trainEnd, valStart) = Split();
        using var optimizer = CreateOptimizer();
        var ckptDir = outDir is null ? null : Path.Combine(outDir, CheckpointDir);
        var state = new TrainerState(0, _o.Seed, 0, _o.BatchSize, _o.SeqLen, _o.GradAccum, _o.Steps);
        if (resume && ckptDir is not null && TrainingCheckpoint.Exists(ckptDir))
        {
            state = TrainingCheckpoint.Load(ckptDir, model, optimizer);
            state.CheckCompatible(_o);
        }
        var sampler = new BatchSampler(data, 0, trainEnd, _o.BatchSize, _o.SeqLen, state.SamplerState);
        var history = new List<TrainStepLog>(); // the whole run's log, earlier sessions included: the loss chart's data
        using var log = outDir is null ? null : OpenLog(outDir, state.Step, history);
        var progress = new ProgressReporter("train", _o.Steps, progressOut, resumedAt: state.Step);
        var steps = new List<TrainStepLog>();
        double? lastVal = null;
        var step = state.Step;
        var tokensSeen = state.TokensSeen;
        var tokensPerStep = (long)_o.BatchSize * _o.SeqLen * _o.GradAccum;
        model.train();
        while (step < _o.Steps && !ct.IsCancellationRequested)
        {
            var clock = Stopwatch.StartNew();
            var lr = LrSchedule.At(step, _o.Steps, _o.LearningRate, _o.MinLearningRate, _o.WarmupSteps);
            foreach (var g in optimizer.ParamGroups) g.LearningRate = lr;
            var (loss, norm) = Step(optimizer, sampler);
            step++;
            tokensSeen += tokensPerStep;
            var tps = tokensPerStep / clock.Elapsed.TotalSeconds;
            double? val = null;
            if (valStart < data.Count && (_o.EvalEvery > 0 && step % _o.EvalEvery == 0 || step == _o.Steps)) lastVal = val = Evaluate(valStart);
            var entry = new TrainStepLog(step, loss, lr, tps, val, norm);
            steps.Add(entry);
            history.Add(entry);
            log?.WriteLine(JsonSerializer.Serialize(entry, TrainerState.JsonLine));
            progress.Report(step, $"loss {loss:F4}{(val is { } v ? $" val {v:F4}" : "")} lr {lr:E2} {tps:F0} tok/s");
            onStep?.Invoke(entry);
            var due = _o.CheckpointEvery > 0 && step % _o.CheckpointEvery == 0;
            if (ckptDir is not null && (due || step == _o.Steps || ct.IsCancellationRequested))
            {
                TrainingCheckpoint.Save(ckptDir, model, optimizer, state with { Step = step, SamplerState = sampler.State, TokensSeen = tokensSeen, PlannedSteps = _o.Steps });
                WriteLossChart(outDir!, history);
            }
        }
        return new TrainResult(steps, step, step < _o.Steps, lastVal);
    }

    /// <summary>
    /// The JSONL log, keeping only lines up to the resumed step (a killed run may have logged past its checkpoint);
    /// the kept entries go to <paramref name="history"/>.
    /// </summary>
    private static StreamWriter OpenLog(string outDir, int resumedStep, List<TrainStepLog> history)
    {
        Directory.CreateDirectory(outDir);
        var path = Path.Combine(outDir, LogFile);
        var kept = resumedStep > 0 && File.Exists(path)
            ? File.ReadAllLines(path).Select(l => (Line: l, Entry: JsonSerializer.Deserialize<TrainStepLog>(l, TrainerState.JsonLine)!))
                .Where(e => e.Entry.Step <= resumedStep).ToList()
            : [];
        File.WriteAllLines(path, kept.Select(e => e.Line));
        history.AddRange(kept.Select(e => e.Entry));
        return new StreamWriter(path, append: true) { AutoFlush = true };
    }

    /// <summary>loss_curve.png next to the log, redrawn at every checkpoint.</summary>
    private void WriteLossChart(string outDir, IReadOnlyList<TrainStepLog> history)
    {
        var title = $"MedRec pretraining loss - {model.ParameterCount / 1e6:F2} M parameters, step {history[^1].Step}";
        File.WriteAllBytes(Path.Combine(outDir, LossCurveChart.FileName), LossCurveChart.RenderPng(history, title));
    }

    /// <summary>When set, every step's forward / backward / update times are recorded here (the throughput bench).</summary>
    public StepPhases? Phases { get; init; }

    private (double Loss, double GradNorm) Step(AdamW optimizer, BatchSampler sampler)
    {
        using var scope = NewDisposeScope();
        Phases?.StartStep();
        double total = 0;
        for (var micro = 0; micro < _o.GradAccum; micro++)
        {
            var (x, y) = sampler.Next();
            using var cast = Autocast.Bf16(_o.Bf16);
            var loss = model.forward(tensor(x, [_o.BatchSize, _o.SeqLen]), tensor(y, [_o.BatchSize, _o.SeqLen])).Loss!;
            Phases?.ForwardDone();
            loss.div(_o.GradAccum).backward();
            total += loss.item<float>();
            Phases?.BackwardDone();
        }
        var norm = nn.utils.clip_grad_norm_(model.parameters(), _o.GradClip > 0 ? _o.GradClip : double.MaxValue);
        optimizer.step();
        optimizer.zero_grad();
        Phases?.UpdateDone();
        return (total / _o.GradAccum, norm);
    }

    /// <summary>Mean loss over a fixed set of validation windows (same windows every time).</summary>
    private double Evaluate(long valStart) =>
        LossEvaluator.MeanLoss(model, data, valStart, data.Count, _o.BatchSize, _o.SeqLen, _o.EvalBatches, _o.Seed ^ ValSeedSalt, _o.Bf16);

    /// <summary>Train on [0, trainEnd), validate on [valStart, Count); no validation if the tail is too short.</summary>
    private (long TrainEnd, long ValStart) Split()
    {
        var valCount = (long)(data.Count * _o.ValFraction);
        if (valCount < _o.SeqLen + 1) return (data.Count, data.Count);
        return (data.Count - valCount, data.Count - valCount);
    }

    /// <summary>Weight decay on matrices (embedding, projections) only; norms' gains are not decayed.</summary>
    internal static (List<string> Decay, List<string> NoDecay) DecayGroups(LlamaModel model) =>
        (model.named_parameters().Where(p => p.parameter.dim() >= 2).Select(p => p.name).ToList(),
         model.named_parameters().Where(p => p.parameter.dim() < 2).Select(p => p.name).ToList());

    private AdamW CreateOptimizer()
    {
        var (decayNames, restNames) = DecayGroups(model);
        var byName = model.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        if (decayNames.Count == 0) throw new MedRecException("model has no weight matrices");
        return optim.AdamW(
            [
                new AdamW.ParamGroup(decayNames.Select(n => byName[n]), _o.LearningRate, _o.Beta1, _o.Beta2, 1e-8, _o.WeightDecay),
                new AdamW.ParamGroup(restNames.Select(n => byName[n]), _o.LearningRate, _o.Beta1, _o.Beta2, 1e-8, 0),
            ],
            _o.LearningRate, _o.Beta1, _o.Beta2);
    }
}
