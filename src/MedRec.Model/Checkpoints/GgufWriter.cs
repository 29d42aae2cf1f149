using System.Text;

namespace MedRec.Model.Checkpoints;

/// <summary>
/// Writes GGUF v3 files (llama.cpp's format): magic, counts, typed metadata, tensor infos, then 32-byte aligned
/// tensor data. Only what our export needs: scalar/string/array metadata, F32 and F16 tensors.
/// </summary>
public sealed class GgufWriter
{
    private const int Alignment = 32;
    private readonly List<(string Key, Action<BinaryWriter> Value)> _metadata = [];
    private readonly List<(string Name, long[] Dims, uint Type, byte[] Data)> _tensors = [];

    private enum ValueType : uint { UInt32 = 4, Int32 = 5, Float32 = 6, Bool = 7, String = 8, Array = 9 }

    public void Add(string key, string value) => _metadata.Add((key, w => { w.Write((uint)ValueType.String); WriteString(w, value); }));

    public void Add(string key, uint value) => _metadata.Add((key, w => { w.Write((uint)ValueType.UInt32); w.Write(value); }));

    public void Add(string key, float value) => _metadata.Add((key, w => { w.Write((uint)ValueType.Float32); w.Write(value); }));

    public void Add(string key, bool value) => _metadata.Add((key, w => { w.Write((uint)ValueType.Bool); w.Write(value); }));

    public void Add(string key, IReadOnlyList<string> values) => AddArray(key, ValueType.String, values.Count, (w, i) => WriteString(w, values[i]));

    public void Add(string key, IReadOnlyList<float> values) => AddArray(key, ValueType.Float32, values.Count, (w, i) => w.Write(values[i]));

    public void Add(string key, IReadOnlyList<int> values) => AddArray(key, ValueType.Int32, values.Count, (w, i) => w.Write(values[i]));

    /// <summary>A tensor given in PyTorch shape order (outermost first); GGUF stores dims innermost first.</summary>
    public void AddTensor(string name, long[] torchShape, float[] values, bool f16)
    {
        var data = f16
            ? System.Runtime.InteropServices.MemoryMarshal.AsBytes(Array.ConvertAll(values, v => (Half)v).AsSpan()).ToArray()
            : System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
        _tensors.Add((name, torchShape.Reverse().ToArray(), f16 ? 1u : 0u, data));
    }

    public void Save(string path)
    {
        using var w = new BinaryWriter(File.Create(path));
        w.Write("GGUF"u8);
        w.Write(3u);
        w.Write((ulong)_tensors.Count);
        w.Write((ulong)_metadata.Count);
        foreach (var (key, value) in _metadata)
        {
            WriteString(w, key);
            value(w);
        }
        ulong offset = 0;
        foreach (var (name, dims, type, data) in _tensors)
        {
            WriteString(w, name);
            w.Write((uint)dims.Length);
            foreach (var d in dims) w.Write((ulong)d);
            w.Write(type);
            w.Write(offset);
            offset = Align(offset + (ulong)data.Length);
        }
        Pad(w);
        foreach (var (_, _, _, data) in _tensors)
        {
            w.Write(data);
            Pad(w);
        }
    }

    private void AddArray(string key, ValueType type, int count, Action<BinaryWriter, int> item) => _metadata.Add((key, w =>
    {
        w.Write((uint)ValueType.Array);
        w.Write((uint)type);
        w.Write((ulong)count);
        for (var i = 0; i < count; i++) item(w, i);
    }));

    private static void WriteString(BinaryWriter w, string s)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        w.Write((ulong)bytes.Length);
        w.Write(bytes);
    }

    private static ulong Align(ulong n) => (n + Alignment - 1) / Alignment * Alignment;

    private static void Pad(BinaryWriter w)
    {
        w.Flush();
        var pos = (ulong)w.BaseStream.Position;
        for (var i = pos; i < Align(pos); i++) w.Write((byte)0);
    }
}
