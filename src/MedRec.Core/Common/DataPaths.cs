namespace MedRec.Core.Common;

/// <summary>Where the shared data folder is: option, then MEDREC_DATA, then ../shared/data (from the working folder, else from the repo root).</summary>
public static class DataPaths
{
    public const string EnvironmentVariable = "MEDREC_DATA";

    public static string Resolve(string? option = null)
    {
        if (!string.IsNullOrWhiteSpace(option)) return Path.GetFullPath(option);
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(env)) return Path.GetFullPath(env);
        var relative = Path.GetFullPath(Path.Combine("..", "shared", "data"));
        if (Directory.Exists(relative) || RepoRoot() is not { } root) return relative;
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "data")); // run from bin/ or a sub-folder
    }

    /// <summary>Resolve and check that it exists; throws a one-line MedRecException otherwise.</summary>
    public static string RequireDataFolder(string? option = null)
    {
        var path = Resolve(option);
        if (!Directory.Exists(path))
            throw new MedRecException($"data folder not found: {path} (set --data or {EnvironmentVariable})");
        return path;
    }

    /// <summary>Open a data file that may be stored gzip-compressed with a .gz suffix.</summary>
    public static Stream OpenData(string path)
    {
        if (!File.Exists(path) && File.Exists(path + ".gz")) path += ".gz";
        if (!File.Exists(path)) throw new MedRecException($"data file not found: {path}");
        Stream s = File.OpenRead(path);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new System.IO.Compression.GZipStream(s, System.IO.Compression.CompressionMode.Decompress)
            : s;
    }

    /// <summary>Find the repository root (folder holding MedRec.slnx) from the current or app folder.</summary>
    public static string? RepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d != null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "MedRec.slnx"))) return d.FullName;
        }
        return null;
    }
}
