using MedRec.Cli.Framework;

namespace MedRec.Cli.Tests.Framework;

public class CommandRegistryTests
{
    private static CommandRegistry Registry(List<string> seen) => new CommandRegistry()
        .Add(new CliCommand("eval", "eval", "all", (_, _) => { seen.Add("eval"); return Task.FromResult(0); }))
        .Add(new CliCommand("eval lm", "eval lm [--json]", "lm", (a, _) =>
        {
            seen.Add("eval lm" + (a.Flag("json") ? " json" : ""));
            return Task.FromResult(0);
        }, new HashSet<string> { "json" }));

    [Fact]
    public async Task LongestPathWins()
    {
        var seen = new List<string>();
        var code = await Registry(seen).RunAsync(["eval", "lm", "--json"], TextWriter.Null, TextWriter.Null, default);
        Assert.Equal(0, code);
        Assert.Equal(["eval lm json"], seen);
    }

    [Fact]
    public async Task UnknownOptionIsAnErrorLine()
    {
        var err = new StringWriter();
        var code = await Registry([]).RunAsync(["eval", "lm", "--jsn", "x"], TextWriter.Null, err, default);
        Assert.Equal(2, code);
        Assert.Contains("unknown option --jsn", err.ToString());
    }

    [Fact]
    public async Task UnknownCommandExitsTwo()
    {
        var err = new StringWriter();
        Assert.Equal(2, await Registry([]).RunAsync(["frobnicate"], TextWriter.Null, err, default));
        Assert.StartsWith("error: unknown command 'frobnicate'", err.ToString());
    }

    [Fact]
    public async Task CrashesBecomeOneLine()
    {
        var r = new CommandRegistry().Add(new CliCommand("boom", "boom", "", (_, _) => throw new InvalidOperationException("bad\nthing")));
        var err = new StringWriter();
        Assert.Equal(1, await r.RunAsync(["boom"], TextWriter.Null, err, default));
        Assert.Equal("error: InvalidOperationException: bad thing", err.ToString().Trim());
    }
}
