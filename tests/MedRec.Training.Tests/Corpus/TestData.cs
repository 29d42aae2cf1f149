using MedRec.Core.Common;

namespace MedRec.Training.Tests.Corpus;

/// <summary>The shared data folder when present (MEDREC_DATA, else ../shared/data next to the repository).</summary>
internal static class TestData
{
    public static string? Folder()
    {
        var env = Environment.GetEnvironmentVariable(DataPaths.EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(env) && Directory.Exists(env)) return env;
        var root = DataPaths.RepoRoot();
        var p = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        return p is not null && Directory.Exists(p) ? p : null;
    }

    public static string TempDir()
    {
        var d = Path.Combine(Path.GetTempPath(), "medrec-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(d);
        return d;
    }
}
