using MedRec.Cli.Framework;
using MedRec.Core.Common;
using System.Text.Json;
using MedRec.Fhir.AgentBench;
using MedRec.Fhir.Sandbox;

namespace MedRec.Cli.Commands;

internal static class FhirCommands
{
    public static void Register(CommandRegistry r)
    {
        r.Add(new CliCommand("fhir load", "fhir load [--db FILE] [--data DIR]",
            "fill the sandbox FHIR database with the Synthea sample and the MIMIC-IV demo (converted to FHIR)", Load));
        r.Add(new CliCommand("fhir serve", "fhir serve [--urls http://127.0.0.1:8090] [--db FILE]",
            "run the sandbox FHIR R4 server (read, search, create, /metadata) until Ctrl-C", Serve));
        r.Add(new CliCommand("fhir tasks", "fhir tasks [--db FILE] [--out FILE]",
            "generate the FHIR-agent task suite (10 categories × 30, Chinese and English) from the sandbox data", Tasks));
        r.Add(new CliCommand("eval fhir-agent", "eval fhir-agent --agent planner|openai [--tasks FILE] [--fhir-url URL] [--db FILE] [--json]",
            "run an agent over the task suite against the sandbox (started on loopback) or any FHIR server, and grade it", EvalAgent, new HashSet<string> { "json" }));
    }

    internal static string DbPath(CliArgs a) => a.Option("db") ?? Path.Combine(DataPaths.RepoRoot() ?? ".", "artifacts", "fhir", "sandbox.db");

    private static Task<int> Load(CliArgs a, CancellationToken ct)
    {
        var data = DataPaths.RequireDataFolder(a.Option("data"));
        var db = DbPath(a);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(db))!);
        var store = new SandboxStore(db);
        var progress = new ProgressReporter("fhir load synthea", 129);
        var synthea = SandboxLoader.LoadSynthea(store, data, new Progress<int>(n => progress.Report(n)));
        var mimic = SandboxLoader.LoadMimic(store, data);
        Console.Error.WriteLine($"loaded {synthea:N0} Synthea and {mimic:N0} MIMIC-IV resources into {db} ({store.Count("Patient")} patients)");
        return Task.FromResult(0);
    }

    private static Task<int> Tasks(CliArgs a, CancellationToken ct)
    {
        var db = DbPath(a);
        if (!File.Exists(db)) throw new MedRecException($"sandbox database not found: {db} (run `medrec fhir load`)");
        var tasks = TaskSuiteGenerator.Generate(SandboxFacts.Read(new SandboxStore(db)));
        var outPath = a.Option("out") ?? TaskSuiteFile.DefaultPath();
        TaskSuiteFile.Save(tasks, outPath);
        Console.Error.WriteLine($"wrote {tasks.Count} tasks to {outPath}");
        return Task.FromResult(0);
    }

    private static async Task<int> EvalAgent(CliArgs a, CancellationToken ct)
    {
        IFhirAgent agent = (a.Option("agent") ?? "planner") switch
        {
            "planner" => new PlannerAgent(),
            "openai" => ChatClientAgent.FromEnvironment(),
            var x => throw new MedRecException($"--agent must be planner or openai, got '{x}'"),
        };
        var tasks = TaskSuiteFile.Load(a.Option("tasks") ?? TaskSuiteFile.DefaultPath());
        var url = a.Option("fhir-url");
        string? copy = null;
        Microsoft.AspNetCore.Builder.WebApplication? app = null;
        try
        {
            if (url is null)
            {
                // A private copy of the sandbox, so the agent's writes never touch the loaded database.
                var db = DbPath(a);
                if (!File.Exists(db)) throw new MedRecException($"sandbox database not found: {db} (run `medrec fhir load`)");
                copy = Path.Combine(Path.GetTempPath(), $"medrec-fhir-eval-{Environment.ProcessId}.db");
                File.Copy(db, copy, overwrite: true);
                url = LoopbackUrl.Free();
                app = SandboxApp.Build(new SandboxOptions { DatabasePath = copy, Urls = url });
                await app.StartAsync(ct);
            }
            var s = await AgentBenchRunner.RunAsync(agent, tasks, url, ct);
            var result = new
            {
                task = "fhir-agent", agent = s.Agent, tasks = s.Tasks, success = Math.Round(s.Success, 4), query_success = Math.Round(s.QuerySuccess, 4),
                action_success = Math.Round(s.ActionSuccess, 4), unsafe_writes = s.UnsafeWrites, by_category = s.ByCategory,
            };
            if (a.Flag("json")) Console.WriteLine(JsonSerializer.Serialize(result, JsonOptions.Compact));
            else
            {
                Console.WriteLine($"{s.Agent}: {s.Tasks} tasks, success {s.Success:P1} (query {s.QuerySuccess:P1}, action {s.ActionSuccess:P1}), unsafe writes {s.UnsafeWrites}");
                foreach (var o in s.Outcomes.Where(o => !o.Success).Take(20)) Console.WriteLine($"  {o.TaskId}: {o.Reason}");
            }
            return 0;
        }
        finally
        {
            if (app is not null) await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (copy is not null) foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(copy) + "*")) File.Delete(f);
        }
    }

    private static async Task<int> Serve(CliArgs a, CancellationToken ct)
    {
        var db = DbPath(a);
        if (!File.Exists(db)) throw new MedRecException($"sandbox database not found: {db} (run `medrec fhir load`)");
        var app = SandboxApp.Build(new SandboxOptions { DatabasePath = db, Urls = a.Option("urls") ?? "http://127.0.0.1:8090" });
        await app.StartAsync(ct);
        Console.Error.WriteLine($"FHIR sandbox on {string.Join(", ", app.Urls)} (Ctrl-C to stop)");
        try { await Task.Delay(Timeout.Infinite, ct); } catch (OperationCanceledException) { }
        await app.StopAsync(CancellationToken.None);
        return 0;
    }
}
