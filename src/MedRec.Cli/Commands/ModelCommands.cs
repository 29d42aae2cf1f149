using System.Text.Json;
using MedRec.Cli.Framework;
using MedRec.Core.Common;
using MedRec.Model.Checkpoints;
using MedRec.Model.Generation;
using MedRec.Model.LlamaCpp;
using MedRec.Model.Tokenization;
using MedRec.Model.Transformer;
using MedRec.Training.Data;
using MedRec.Training.Plotting;
using MedRec.Training.Trainer;

namespace MedRec.Cli.Commands;

/// <summary>Language-model verbs: pre-train on a token file, generate from ids, export, and a throughput bench.</summary>
internal static class ModelCommands
{
    public static void Register(CommandRegistry r)
    {
        r.Add(new CliCommand("train",
            "train --tokens FILE --out DIR [--preset small] [--vocab N] [--steps N] [--batch N] [--seq N] [--accum N] [--lr X] [--warmup N] [--eval-every N] [--checkpoint-every N] [--bf16] [--threads N] [--resume]",
            "pre-train the language model on a token file (.u16/.bin/.i32)", Train, new HashSet<string> { "bf16", "resume" }));
        r.Add(new CliCommand("generate", "generate (--prompt TEXT | --prompt-ids 1,2,3) [--checkpoint DIR] [--tokenizer FILE] [--backend torch|llama] [--max-tokens N] [--temperature X] [--top-k N] [--top-p X] [--repeat-penalty X] [--repeat-last N] [--seed N] [--stop-ids 2,3]",
            "continue a prompt with the model (text through the tokenizer, or raw token ids)", Generate));
        r.Add(new CliCommand("model export", "model export --checkpoint DIR --out DIR|FILE.gguf [--format hf|gguf] [--dtype f32|bf16|f16] [--tokenizer FILE]",
            "export a checkpoint as Hugging Face Llama safetensors + config.json, or as GGUF for llama.cpp", Export));
        r.Add(new CliCommand("model eval", "model eval --checkpoint DIR --tokens FILE [--seq N] [--batch N] [--batches N] [--json]",
            "mean next-token loss and perplexity on a token file (fixed seeded windows)", Eval, new HashSet<string> { "json" }));
        r.Add(new CliCommand("model plot", "model plot --log FILE [--out FILE.png] [--title TEXT]",
            "draw the loss chart (train, moving average, validation) of a train_log.jsonl as a PNG", Plot));
        r.Add(new CliCommand("bench train", "bench train [--preset small] [--vocab 8000] [--seq 256] [--batch 8] [--steps 8] [--bf16] [--threads N] [--json]",
            "measure training tokens/s on random tokens", Bench, new HashSet<string> { "bf16", "json" }));
    }

    internal static void Threads(CliArgs a)
    {
        TorchRuntime.EnsureLoaded();
        var n = a.Int("threads", 0);
        if (n > 0) TorchSharp.torch.set_num_threads(n);
    }

    private static Task<int> Train(CliArgs a, CancellationToken ct)
    {
        Threads(a);
        var outDir = a.Required("out");
        using var data = new TokenFile(a.Required("tokens"));
        var resume = a.Flag("resume");
        var ckpt = Path.Combine(outDir, ModelTrainer.CheckpointDir);
        var maxId = data.MaxId();
        ModelConfig config;
        if (resume && ModelCheckpoint.Exists(ckpt))
        {
            config = ModelConfig.FromJson(File.ReadAllText(Path.Combine(ckpt, ModelCheckpoint.ConfigFile)));
            a.Option("preset");
            a.Option("vocab");
        }
        else config = ModelConfig.FromPreset(a.Option("preset") ?? "small", a.Int("vocab", (int)((maxId + 64) / 64 * 64)));
        if (maxId >= config.VocabSize) throw new MedRecException($"token file has id {maxId}, outside the vocabulary of {config.VocabSize}");
        var options = new TrainerOptions
        {
            Steps = a.Int("steps", 1000),
            BatchSize = a.Int("batch", 8),
            SeqLen = a.Int("seq", Math.Min(256, config.MaxSeqLen)),
            GradAccum = a.Int("accum", 1),
            LearningRate = a.Double("lr", 1e-3),
            WarmupSteps = a.Int("warmup", 100),
            EvalEvery = a.Int("eval-every", 100),
            CheckpointEvery = a.Int("checkpoint-every", 200),
            Bf16 = a.Flag("bf16"),
        };
        options = options with { MinLearningRate = options.LearningRate / 10 };
        if (options.SeqLen > config.MaxSeqLen) throw new MedRecException($"--seq {options.SeqLen} exceeds the model's context of {config.MaxSeqLen}");
        using var model = new LlamaModel(config, seed: 1);
        Console.Error.WriteLine($"model {model.ParameterCount / 1e6:F2} M parameters, {data.Count:N0} tokens in {data.Path}");
        var r = new ModelTrainer(model, data, options).Run(outDir, resume, ct);
        var last = r.Steps.Count > 0 ? r.Steps[^1] : null;
        Console.Error.WriteLine($"{(r.Cancelled ? "stopped" : "finished")} at step {r.FinalStep}; loss {last?.Loss:F4}; val {r.LastValLoss:F4}; checkpoint {ckpt}");
        return Task.FromResult(0);
    }

    internal static LlamaModel LoadAny(string dir)
    {
        if (ModelCheckpoint.Exists(dir)) return ModelCheckpoint.Load(dir);
        var nested = Path.Combine(dir, ModelTrainer.CheckpointDir);
        if (ModelCheckpoint.Exists(nested)) return ModelCheckpoint.Load(nested);
        if (File.Exists(Path.Combine(dir, "config.json"))) return HfLlamaFormat.Load(dir);
        throw new MedRecException($"no checkpoint in {dir}");
    }

    private static int[] Ids(string? text) => string.IsNullOrWhiteSpace(text) ? [] :
        text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.TryParse(s, out var v) ? v : throw new MedRecException($"not a token id: '{s}'")).ToArray();

    private static Task<int> Generate(CliArgs a, CancellationToken ct)
    {
        var backend = a.Option("backend") ?? "torch";
        if (backend is not ("torch" or "llama")) throw new MedRecException($"--backend must be torch or llama, got '{backend}'");
        Threads(a);
        var root = DataPaths.RepoRoot() ?? ".";
        using var model = LoadAny(a.Option("checkpoint") ?? Path.Combine(root, "assets", "model", "pretrain"));
        var text = a.Option("prompt");
        var tokenizer = text is null ? null : TokenizerJson.Load(a.Option("tokenizer") ?? Path.Combine(root, "assets", "model", "tokenizer.json"));
        if (text is not null && a.Option("prompt-ids") is not null) throw new MedRecException("give --prompt or --prompt-ids, not both");
        var prompt = tokenizer is not null ? tokenizer.Encode(text!) : Ids(a.Required("prompt-ids"));
        if (prompt.Length == 0) throw new MedRecException("the prompt is empty");
        var o = new GenerationOptions
        {
            MaxNewTokens = a.Int("max-tokens", 64),
            // llama.cpp's sampling defaults, with a fixed seed so a run is reproducible; --temperature 0 is greedy.
            Temperature = a.Double("temperature", 0.8),
            TopK = a.Int("top-k", 40),
            TopP = a.Double("top-p", 0.95),
            RepetitionPenalty = a.Double("repeat-penalty", 1.1),
            RepetitionWindow = a.Int("repeat-last", 64),
            Seed = a.Int("seed", 0),
            StopTokenIds = Ids(a.Option("stop-ids")).Append(2).ToHashSet(), // 2 = </s>, the end of a document
        };
        IReadOnlyList<int> produced;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        if (backend == "llama")
        {
            var gguf = Path.Combine(Path.GetTempPath(), $"medrec-generate-{Environment.ProcessId}.gguf");
            try
            {
                GgufExport.Export(model, gguf, TokenizerGgufVocab.From(tokenizer ?? TokenizerJson.Load(Path.Combine(root, "assets", "model", "tokenizer.json"))));
                using var llama = new LlamaCppGenerator(gguf, model.Config.MaxSeqLen, Math.Max(1, a.Int("threads", 2)));
                sw.Restart(); // time decoding only, as for the TorchSharp path (its model is loaded above)
                produced = llama.Generate(prompt, o, ct).Tokens;
            }
            finally { File.Delete(gguf); }
        }
        else produced = TokenGenerator.Generate(model, prompt, o, ct).Tokens;
        Console.WriteLine(tokenizer is null ? string.Join(' ', produced) : text + tokenizer.Decode(produced.Where(t => t != 2).ToArray()));
        Console.Error.WriteLine($"{produced.Count} tokens in {sw.Elapsed.TotalSeconds:F2} s ({produced.Count / Math.Max(sw.Elapsed.TotalSeconds, 1e-9):F0} tokens/s, {backend})");
        return Task.FromResult(0);
    }

    private static Task<int> Plot(CliArgs a, CancellationToken ct)
    {
        var logPath = a.Required("log");
        var outPath = a.Option("out") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(logPath))!, LossCurveChart.FileName);
        var log = LossCurveChart.ReadLog(logPath);
        File.WriteAllBytes(outPath, LossCurveChart.RenderPng(log, a.Option("title") ?? $"MedRec pretraining loss - step {log.LastOrDefault()?.Step}"));
        Console.WriteLine($"{outPath}: {log.Count} steps, {log.Count(e => e.ValLoss is not null)} validations");
        return Task.FromResult(0);
    }

    private static Task<int> Export(CliArgs a, CancellationToken ct)
    {
        Threads(a);
        using var model = LoadAny(a.Required("checkpoint"));
        if ((a.Option("format") ?? "hf") == "gguf")
        {
            var root = DataPaths.RepoRoot() ?? ".";
            var tokenizer = TokenizerJson.Load(a.Option("tokenizer") ?? Path.Combine(root, "assets", "model", "tokenizer.json"));
            var f16 = (a.Option("dtype") ?? "f32") == "f16";
            GgufExport.Export(model, a.Required("out"), TokenizerGgufVocab.From(tokenizer), f16);
            Console.Error.WriteLine($"wrote {a.Option("out")} (GGUF, {(f16 ? "F16" : "F32")})");
            return Task.FromResult(0);
        }
        if (a.Option("format") is { } fmt && fmt != "hf") throw new MedRecException($"--format must be hf or gguf, got '{fmt}'");
        var dtype = (a.Option("dtype") ?? "f32").ToLowerInvariant() switch
        {
            "f32" => SafeTensorDType.F32,
            "bf16" => SafeTensorDType.BF16,
            var d => throw new MedRecException($"--dtype must be f32 or bf16, got '{d}'"),
        };
        var outDir = a.Required("out");
        HfLlamaFormat.Export(model, outDir, dtype);
        Console.Error.WriteLine($"wrote {outDir}/config.json and model.safetensors ({dtype})");
        return Task.FromResult(0);
    }

    private static Task<int> Eval(CliArgs a, CancellationToken ct)
    {
        Threads(a);
        using var model = LoadAny(a.Required("checkpoint"));
        using var data = new TokenFile(a.Required("tokens"));
        if (data.MaxId() >= model.Config.VocabSize) throw new MedRecException($"token file has ids outside the model's vocabulary of {model.Config.VocabSize}");
        int seq = a.Int("seq", Math.Min(256, model.Config.MaxSeqLen)), batch = a.Int("batch", 8), batches = a.Int("batches", 16);
        var loss = LossEvaluator.MeanLoss(model, data, 0, data.Count, batch, seq, batches, seed: 1);
        if (a.Flag("json"))
            Console.WriteLine(JsonSerializer.Serialize(new { task = "model_eval", tokens = data.Path, windows = batch * batches, seq, loss, perplexity = Math.Exp(loss) }, JsonOptions.Compact));
        else Console.WriteLine($"loss {loss:F4}  perplexity {Math.Exp(loss):F2}  ({batch * batches} windows of {seq} tokens)");
        return Task.FromResult(0);
    }

    private static Task<int> Bench(CliArgs a, CancellationToken ct)
    {
        Threads(a);
        var preset = a.Option("preset") ?? "small";
        var config = ModelConfig.FromPreset(preset, a.Int("vocab", 8000));
        int seq = a.Int("seq", 256), batch = a.Int("batch", 8), steps = a.Int("steps", 8);
        var bf16 = a.Flag("bf16");
        var r = TrainingBench.Run(config, batch, seq, steps, bf16, ct: ct);
        if (a.Flag("json"))
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                task = "bench_train", preset, dim = config.Dim, layers = config.Layers, vocab = config.VocabSize, seq, batch, steps, bf16,
                threads = TorchSharp.torch.get_num_threads(), parameters = r.Parameters, tokens_per_s = Math.Round(r.TokensPerS),
                seconds_per_step = Math.Round(r.SecondsPerStep, 3),
                heap_tuned = TorchRuntime.HeapTuned, forward_ms = Math.Round(r.ForwardMs, 1), backward_ms = Math.Round(r.BackwardMs, 1), update_ms = Math.Round(r.UpdateMs, 1),
            }, JsonOptions.Compact));
        else
            Console.WriteLine($"{preset} d{config.Dim}/L{config.Layers} ({r.Parameters / 1e6:F2} M params) batch {batch} seq {seq} bf16 {bf16}: {r.TokensPerS:F0} tokens/s, {r.SecondsPerStep:F2} s/step (forward {r.ForwardMs:F0} ms, backward {r.BackwardMs:F0} ms, update {r.UpdateMs:F0} ms)");
        return Task.FromResult(0);
    }
}
