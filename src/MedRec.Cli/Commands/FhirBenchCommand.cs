using System.Diagnostics;
using System.Text.Json;
using MedRec.Cli.Framework;
using MedRec.Core.Common;
using MedRec.Fhir.Sandbox;

namespace MedRec.Cli.Commands;

internal static class FhirBenchCommand
{
    public static void Register(CommandRegistry r) =>
        r.Add(new CliCommand("bench fhir", "bench fhir [--concurrency 100] [--requests 1000] [--db FILE] [--json]",
            "load-test the sandbox on loopback: concurrent patient and observation searches, latency median/p95", Run, new HashSet<string> { "json" }));

    private static async Task<int> Run(CliArgs a, CancellationToken ct)
    {
        var concurrency = a.Int("concurrency", 100);
        var requests = a.Int("requests", 1000);
        if (concurrency is < 1 or > 500 || requests is < 1 or > 100_000) throw new MedRecException("--concurrency must be 1–500 and --requests 1–100000");
        var db = FhirCommands.DbPath(a);
        if (!File.Exists(db)) throw new MedRecException($"sandbox database not found: {db} (run `medrec fhir load`)");
        var url = LoopbackUrl.Free();
        await using var app = SandboxApp.Build(new SandboxOptions { DatabasePath = db, Urls = url });
        await app.StartAsync(ct);
        var ids = new SandboxStore(db).Open() is var c ? Ids(c) : [];
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        var latencies = new List<double>();
        var errors = 0;
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var id = ids[i % ids.Count];
                var path = (i % 3) switch
                {
                    0 => $"/Observation?patient={id}&code=http://loinc.org|29463-7&_sort=-date&_count=10",
                    1 => $"/Condition?patient={id}",
                    _ => $"/Patient?_id={id}",
                };
                var sw = Stopwatch.StartNew();
                try
                {
                    using var resp = await http.GetAsync(path, ct);
                    await resp.Content.ReadAsStringAsync(ct);
                    if (!resp.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                }
                catch (HttpRequestException) { Interlocked.Increment(ref errors); }
                lock (latencies) latencies.Add(sw.Elapsed.TotalMilliseconds);
            }
        }));
        wall.Stop();
        latencies.Sort();
        var result = new
        {
            task = "bench_fhir", concurrency, requests, errors,
            median_ms = Math.Round(latencies[latencies.Count / 2], 1), p95_ms = Math.Round(latencies[(int)(latencies.Count * 0.95)], 1),
            requests_per_second = Math.Round(requests / wall.Elapsed.TotalSeconds, 1),
        };
        Console.WriteLine(a.Flag("json") ? JsonSerializer.Serialize(result, JsonOptions.Compact)
            : $"{requests} searches, {concurrency} concurrent: {errors} errors, median {result.median_ms} ms, p95 {result.p95_ms} ms, {result.requests_per_second} req/s");
        return errors == 0 ? 0 : 1;
    }

    private static List<string> Ids(Microsoft.Data.Sqlite.SqliteConnection c)
    {
        using (c)
        using (var cmd = c.CreateCommand())
        {
            cmd.CommandText = "SELECT id FROM resource WHERE type = 'Patient' ORDER BY id";
            using var r = cmd.ExecuteReader();
            var list = new List<string>();
            while (r.Read()) list.Add(r.GetString(0));
            return list;
        }
    }
}
