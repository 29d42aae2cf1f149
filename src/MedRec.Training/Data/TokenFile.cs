using System.IO.MemoryMappedFiles;
using MedRec.Core.Common;

namespace MedRec.Training.Data;

/// <summary>
/// A memory-mapped stream of token ids: raw little-endian uint16 (".u16", ".bin") or int32 (".i32") without a header.
/// Documents are expected to be joined with an end-of-text id by the corpus builder; we just read windows.
/// </summary>
public sealed class TokenFile : IDisposable
{
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly int _width;

    public string Path { get; }
    public TokenFileFormat Format { get; }
    public long Count { get; }

    public TokenFile(string path, TokenFileFormat? format = null)
    {
        if (!File.Exists(path)) throw new MedRecException($"token file not found: {path}");
        Path = path;
        Format = format ?? FormatOf(path);
        _width = Format == TokenFileFormat.UInt16 ? 2 : 4;
        var bytes = new FileInfo(path).Length;
        if (bytes == 0 || bytes % _width != 0) throw new MedRecException($"token file {path} has {bytes} bytes, not a whole number of {Format} ids");
        Count = bytes / _width;
        _map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        _view = _map.CreateViewAccessor(0, bytes, MemoryMappedFileAccess.Read);
    }

    public static TokenFileFormat FormatOf(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".u16" or ".bin" => TokenFileFormat.UInt16,
        ".i32" => TokenFileFormat.Int32,
        var e => throw new MedRecException($"cannot tell the token type of '{path}' from '{e}'; use .u16/.bin (uint16) or .i32 (int32)"),
    };

    /// <summary>Copies ids [start, start + dest.Length) into dest.</summary>
    public void Read(long start, Span<long> dest)
    {
        if (start < 0 || start + dest.Length > Count) throw new ArgumentOutOfRangeException(nameof(start));
        for (var i = 0; i < dest.Length; i++)
        {
            var at = (start + i) * _width;
            dest[i] = _width == 2 ? _view.ReadUInt16(at) : _view.ReadInt32(at);
        }
    }

    /// <summary>The largest id in the file (one pass, in chunks), to check it fits the model's vocabulary.</summary>
    public long MaxId()
    {
        long max = 0;
        var buf = new long[1 << 16];
        for (long s = 0; s < Count; s += buf.Length)
        {
            var span = buf.AsSpan(0, (int)Math.Min(buf.Length, Count - s));
            Read(s, span);
            foreach (var v in span) if (v > max) max = v;
        }
        return max;
    }

    /// <summary>Writes ids as a token file; for tests and small tools.</summary>
    public static void Write(string path, IEnumerable<int> ids, TokenFileFormat format)
    {
        using var w = new BinaryWriter(File.Create(path));
        foreach (var id in ids)
        {
            if (format == TokenFileFormat.UInt16) w.Write(checked((ushort)id));
            else w.Write(id);
        }
    }

    public void Dispose()
    {
        _view.Dispose();
        _map.Dispose();
    }
}
