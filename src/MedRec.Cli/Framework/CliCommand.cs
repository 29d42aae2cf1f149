namespace MedRec.Cli.Framework;

/// <summary>
/// One verb of the CLI, e.g. path "kg build". <see cref="Flags"/> lists the options that take no value.
/// The handler returns the exit code; it throws MedRecException for bad input (one line, exit 2).
/// </summary>
public sealed record CliCommand(
    string Path,
    string Usage,
    string Summary,
    Func<CliArgs, CancellationToken, Task<int>> Run,
    IReadOnlySet<string>? Flags = null);
