using MedRec.Core.Common;
using MedRec.Training.Data;

namespace MedRec.Training.Tests.Data;

public sealed class TokenDataTests
{
    [Theory]
    [InlineData("ids.u16", TokenFileFormat.UInt16)]
    [InlineData("ids.i32", TokenFileFormat.Int32)]
    public void Token_file_round_trips_ids(string name, TokenFileFormat format)
    {
        using var dir = new TempDir();
        var ids = Enumerable.Range(0, 1000).Select(i => i * 37 % 65000).ToArray();
        TokenFile.Write(dir.File(name), ids, format);
        using var f = new TokenFile(dir.File(name));
        Assert.Equal(format, f.Format);
        Assert.Equal(1000, f.Count);
        var window = new long[10];
        f.Read(500, window);
        Assert.Equal(ids.Skip(500).Take(10).Select(i => (long)i), window);
        Assert.Equal(ids.Max(), f.MaxId());
    }

    [Fact]
    public void Unknown_extension_and_odd_size_are_clear_errors()
    {
        using var dir = new TempDir();
        File.WriteAllBytes(dir.File("x.txt"), [1, 2]);
        Assert.Throws<MedRecException>(() => new TokenFile(dir.File("x.txt")));
        File.WriteAllBytes(dir.File("x.u16"), [1, 2, 3]);
        Assert.Contains("whole number", Assert.Throws<MedRecException>(() => new TokenFile(dir.File("x.u16"))).Message);
    }

    [Fact]
    public void Sampler_continues_identically_from_a_saved_state()
    {
        using var dir = new TempDir();
        TokenFile.Write(dir.File("t.u16"), Enumerable.Range(0, 5000).Select(i => i % 500), TokenFileFormat.UInt16);
        using var f = new TokenFile(dir.File("t.u16"));
        var a = new BatchSampler(f, 0, f.Count, 2, 16, 42);
        a.Next();
        var saved = a.State;
        var (x1, y1) = a.Next();
        var b = new BatchSampler(f, 0, f.Count, 2, 16, saved);
        var (x2, y2) = b.Next();
        Assert.Equal(x1, x2);
        Assert.Equal(y1, y2);
        Assert.Equal(x1[1..16], y1[..15]); // targets are inputs shifted by one
        Assert.NotEqual(x1, a.Next().Inputs);
    }

    [Fact]
    public void SplitMix64_bounded_draws_cover_the_range()
    {
        var r = new SplitMix64(7);
        var seen = Enumerable.Range(0, 1000).Select(_ => r.NextInt64(10)).ToHashSet();
        Assert.Equal(10, seen.Count);
        Assert.All(seen, v => Assert.InRange(v, 0, 9));
    }
}
