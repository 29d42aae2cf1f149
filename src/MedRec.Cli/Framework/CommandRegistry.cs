using MedRec.Core.Common;

namespace MedRec.Cli.Framework;

/// <summary>All verbs, found by the longest matching word path ("eval diagnosis" before "eval").</summary>
public sealed class CommandRegistry
{
    private readonly List<CliCommand> _commands = [];

    public IReadOnlyList<CliCommand> Commands => _commands;

    public CommandRegistry Add(CliCommand command) { _commands.Add(command); return this; }

    public (CliCommand Command, string[] Remaining)? Find(string[] args)
    {
        foreach (var c in _commands.OrderByDescending(c => c.Path.Split(' ').Length))
        {
            var words = c.Path.Split(' ');
            if (args.Length >= words.Length && words.SequenceEqual(args.Take(words.Length), StringComparer.Ordinal))
                return (c, args[words.Length..]);
        }
        return null;
    }

    public string Help()
    {
        var w = new StringWriter();
        w.WriteLine("medrec — LLM-based multi-task medical recommendation (offline)");
        w.WriteLine();
        w.WriteLine("usage: medrec <command> [options]   (global: --data DIR, or MEDREC_DATA)");
        w.WriteLine();
        foreach (var c in _commands.OrderBy(c => c.Path, StringComparer.Ordinal))
            w.WriteLine($"  {c.Usage,-60} {c.Summary}");
        return w.ToString();
    }

    /// <summary>Run argv: 0 ok, 1 failed check, 2 bad input / usage. Never lets an exception escape as a trace.</summary>
    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.Write(Help());
            return args.Length == 0 ? 2 : 0;
        }
        var found = Find(args);
        if (found is null)
        {
            stderr.WriteLine($"error: unknown command '{string.Join(' ', args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)))}' (see medrec --help)");
            return 2;
        }
        var (command, rest) = found.Value;
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            stdout.WriteLine($"usage: medrec {command.Usage}\n{command.Summary}");
            return 0;
        }
        try
        {
            var parsed = CliArgs.Parse(rest, command.Flags ?? new HashSet<string>());
            var code = await command.Run(parsed, ct);
            var unknown = parsed.Unread().ToList();
            if (unknown.Count > 0 && code == 0)
            {
                stderr.WriteLine($"error: unknown option --{unknown[0]} for '{command.Path}' (usage: medrec {command.Usage})");
                return 2;
            }
            return code;
        }
        catch (MedRecException e)
        {
            stderr.WriteLine($"error: {OneLine(e.Message)}");
            return 2;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("interrupted");
            return 130;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"error: {e.GetType().Name}: {OneLine(e.Message)}");
            return 1;
        }
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}
