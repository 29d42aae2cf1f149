using MedRec.Cli.Framework;
using MedRec.Core.Common;
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
