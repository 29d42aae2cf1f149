using System.Text.Json;
using MedRec.Cli.Framework;
using MedRec.Core.Common;
using MedRec.Knowledge.Build;
using MedRec.Knowledge.Query;

namespace MedRec.Cli.Commands;

internal static class KgCommands
{
    public static void Register(CommandRegistry r)
    {
        r.Add(new CliCommand("kg build", "kg build [--data DIR] [--out FILE] [--no-holdout]",
            "compile the shared data into the SQLite knowledge graph", Build, new HashSet<string> { "no-holdout" }));
        r.Add(new CliCommand("kg stats", "kg stats [--kg FILE] [--json]", "entity and relation counts",
            Stats, new HashSet<string> { "json" }));
        r.Add(new CliCommand("kg query", "kg query <name> [--type T] [--limit N] [--kg FILE] [--json]",
            "an entity and its neighbours with sources", Query, new HashSet<string> { "json" }));
    }

    internal static string KgPath(CliArgs a) => a.Option("kg") ?? KnowledgeGraph.DefaultPath();

    private static Task<int> Build(CliArgs a, CancellationToken ct)
    {
        var data = DataPaths.RequireDataFolder(a.Option("data"));
        var outPath = a.Option("out") ?? KnowledgeGraph.DefaultPath();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        KgBuilder.Build(new KgBuildOptions(data, outPath, !a.Flag("no-holdout")), null, ct);
        Console.Error.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1e6:F1} MB) in {sw.Elapsed.TotalSeconds:F0} s");
        return Task.FromResult(0);
    }

    private static Task<int> Stats(CliArgs a, CancellationToken ct)
    {
        using var kg = KnowledgeGraph.Open(KgPath(a));
        var s = KgStats.Read(kg);
        if (a.Flag("json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                task = "kg_stats",
                entities = s.Entities,
                relations = s.Relations,
                relations_by_source = s.RelationsBySource,
                total_relations = s.TotalRelations,
                merged_xywy_39health = s.MergedXywy39Health,
                atc_coverage = s.AtcCoverage,
                holdout = s.HoldOut,
                meta = s.Meta,
            }, JsonOptions.Compact));
            return Task.FromResult(0);
        }
        Console.WriteLine($"knowledge graph {kg.Path}");
        foreach (var (k, v) in s.Entities.OrderByDescending(p => p.Value)) Console.WriteLine($"  entity   {k,-14} {v,9:N0}");
        foreach (var (k, v) in s.Relations.OrderByDescending(p => p.Value)) Console.WriteLine($"  relation {k,-16} {v,9:N0}");
        foreach (var (k, v) in s.RelationsBySource.OrderByDescending(p => p.Value)) Console.WriteLine($"  source   {k,-20} {v,9:N0}");
        Console.WriteLine($"  total relations {s.TotalRelations:N0}; xywy/39health merged {s.MergedXywy39Health:N0}");
        foreach (var (k, v) in s.AtcCoverage) Console.WriteLine($"  ATC join coverage {k}: {v:F1} %");
        return Task.FromResult(0);
    }

    private static Task<int> Query(CliArgs a, CancellationToken ct)
    {
        var name = a.Positional.Count == 1 ? a.Positional[0].Trim() : throw new MedRecException("usage: medrec kg query <name> [--type T]");
        if (name.Length == 0) throw new MedRecException("empty name");
        var type = a.Option("type");
        var limit = a.Int("limit", 20);
        var json = a.Flag("json");
        using var kg = KnowledgeGraph.Open(KgPath(a));
        var found = kg.Find(name, type);
        if (found.Count == 0)
        {
            var near = KgSearch.Fuzzy(kg, name, type);
            throw new MedRecException($"no entity named '{name}'" + (near.Count > 0 ? $"; did you mean: {string.Join(", ", near.Select(e => $"{e.Name} ({e.Type})"))}" : ""));
        }
        var e = found[0];
        var edges = kg.Out(e.Id).Concat(kg.In(e.Id)).GroupBy(x => (x.Type, x.Outgoing)).ToList();
        var aliases = KgAliases.Of(kg, e.Id);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                entity = e,
                aliases = aliases.Select(x => new { alias = x.Alias, kind = x.Kind, source = x.Source }),
                relations = edges.Select(g => new
                {
                    relation = g.Key.Type, direction = g.Key.Outgoing ? "out" : "in", count = g.Count(),
                    neighbours = g.Take(limit).Select(x => new { x.Neighbour.Name, x.Neighbour.Type, x.Source, x.Confidence, x.Severity, Detail = Render(x, e) }),
                }),
            }, JsonOptions.Compact));
            return Task.FromResult(0);
        }
        Console.WriteLine($"{e.Name} [{e.Type}]" + (e.NameEn is null ? "" : $" {e.NameEn}") + (e.Code is null ? "" : $" {e.CodeSystem}:{e.Code}"));
        if (aliases.Count > 0) Console.WriteLine($"  aliases: {string.Join("、", aliases.Take(15).Select(x => x.Alias))}");
        foreach (var g in edges)
        {
            Console.WriteLine($"  {(g.Key.Outgoing ? "" : "← ")}{g.Key.Type} ({g.Count()}):");
            foreach (var x in g.Take(limit))
                Console.WriteLine($"    {x.Neighbour.Name} [{x.Source} {x.Confidence:F2}{(x.Severity is null ? "" : " " + x.Severity)}]{(Render(x, e) is { } d ? " " + d : "")}");
        }
        return Task.FromResult(0);
    }

    private static string? Render(KgEdge x, KgEntity self) => x.Detail is null ? null
        : KgText.FillTemplate(x.Detail, x.Outgoing ? self.Name : x.Neighbour.Name, x.Outgoing ? x.Neighbour.Name : self.Name);
}
