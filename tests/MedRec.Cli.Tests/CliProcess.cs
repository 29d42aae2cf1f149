using System.Diagnostics;
using MedRec.Core.Common;

namespace MedRec.Cli.Tests;

/// <summary>Runs the real `medrec` executable (built next to the tests) from the repository root: exit code, stdout, stderr.</summary>
public static class CliProcess
{
    public static string RepoRoot => DataPaths.RepoRoot() ?? throw new InvalidOperationException("repository root not found");

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "medrec.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["MEDREC_KG"] = "";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Asserts the command failed the way bad input must: exit 2, one "error:" line, no stack trace.</summary>
    public static string AssertCleanError((int Code, string Out, string Err) r)
    {
        Assert.Equal(2, r.Code);
        var lines = r.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0]);
        Assert.DoesNotContain("   at ", r.Err);
        return lines[0];
    }
}
