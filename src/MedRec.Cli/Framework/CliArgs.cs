using MedRec.Core.Common;

namespace MedRec.Cli.Framework;

/// <summary>
/// Parsed options of one command: `--name value`, `--flag`, and positional words.
/// Every option a command reads must be declared, so a typo is a clear error, not a silent default.
/// </summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, string?> _options;
    private readonly HashSet<string> _read = [];

    public IReadOnlyList<string> Positional { get; }

    private CliArgs(Dictionary<string, string?> options, List<string> positional)
    {
        _options = options;
        Positional = positional;
    }

    /// <summary>Parse <paramref name="args"/>; <paramref name="flags"/> are options that take no value.</summary>
    public static CliArgs Parse(IReadOnlyList<string> args, IReadOnlySet<string> flags)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var eq = a.IndexOf('=');
                var name = eq > 0 ? a[2..eq] : a[2..];
                if (eq > 0) options[name] = a[(eq + 1)..];
                else if (flags.Contains(name)) options[name] = null;
                else if (i + 1 < args.Count) options[name] = args[++i];
                else throw new MedRecException($"option --{name} needs a value");
            }
            else positional.Add(a);
        }
        return new CliArgs(options, positional);
    }

    public bool Flag(string name) { _read.Add(name); return _options.ContainsKey(name); }

    public string? Option(string name) { _read.Add(name); return _options.GetValueOrDefault(name); }

    public string Required(string name) =>
        Option(name) ?? throw new MedRecException($"missing required option --{name}");

    public int Int(string name, int fallback)
    {
        var v = Option(name);
        if (v is null) return fallback;
        return int.TryParse(v, out var n) ? n : throw new MedRecException($"--{name} must be a whole number, got '{v}'");
    }

    public double Double(string name, double fallback)
    {
        var v = Option(name);
        if (v is null) return fallback;
        return double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n : throw new MedRecException($"--{name} must be a number, got '{v}'");
    }

    /// <summary>Options given but never read by the command: reported as unknown.</summary>
    public IEnumerable<string> Unread() => _options.Keys.Where(k => !_read.Contains(k));
}
