using MedRec.Core.Common;

namespace MedRec.Core.Tests.Common;

public class DataPathsTests
{
    [Fact]
    public void ExplicitOptionWins() =>
        Assert.Equal(Path.GetFullPath("/tmp/x"), DataPaths.Resolve("/tmp/x"));

    [Fact]
    public void MissingFolderIsAOneLineError()
    {
        var e = Assert.Throws<MedRecException>(() => DataPaths.RequireDataFolder("/nonexistent/medrec-data"));
        Assert.DoesNotContain('\n', e.Message);
        Assert.Contains("/nonexistent/medrec-data", e.Message);
    }

    [Fact]
    public void OpenDataFallsBackToGzip()
    {
        var dir = Directory.CreateTempSubdirectory();
        var path = Path.Combine(dir.FullName, "a.txt");
        using (var gz = new System.IO.Compression.GZipStream(File.Create(path + ".gz"), System.IO.Compression.CompressionLevel.Fastest))
            gz.Write("你好"u8);
        using var r = new StreamReader(DataPaths.OpenData(path));
        Assert.Equal("你好", r.ReadToEnd());
    }
}
