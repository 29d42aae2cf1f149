using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MedRec.Core.Common;
using static TorchSharp.torch;

namespace MedRec.Model.Checkpoints;

/// <summary>
/// The safetensors format: u64 little-endian header length, a JSON header {name: {dtype, shape, data_offsets}},
/// then the raw little-endian tensor bytes. Reads back into float32 tensors whatever was stored.
/// </summary>
public static class SafeTensors
{
    public static void Write(string path, IEnumerable<(string Name, Tensor Tensor)> tensors, SafeTensorDType dtype,
        IReadOnlyDictionary<string, string>? metadata = null)
    {
        if (dtype == SafeTensorDType.F16) throw new MedRecException("safetensors: writing F16 is not supported (use F32 or BF16)");
        var header = new JsonObject();
        if (metadata is { Count: > 0 }) header["__metadata__"] = new JsonObject(metadata.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value)));
        var blobs = new List<byte[]>();
        long offset = 0;
        foreach (var (name, t) in tensors)
        {
            var values = t.detach().to(ScalarType.Float32).contiguous().data<float>().ToArray();
            var bytes = dtype == SafeTensorDType.F32 ? MemoryMarshal.AsBytes(values.AsSpan()).ToArray() : ToBf16Bytes(values);
            header[name] = new JsonObject
            {
                ["dtype"] = dtype.ToString(),
                ["shape"] = new JsonArray(t.shape.Select(d => (JsonNode?)d).ToArray()),
                ["data_offsets"] = new JsonArray(offset, offset + bytes.Length),
            };
            blobs.Add(bytes);
            offset += bytes.Length;
        }
        var json = Encoding.UTF8.GetBytes(header.ToJsonString());
        var padded = (json.Length + 7) / 8 * 8; // keeps the data 8-byte aligned, as the reference writer does
        using var f = File.Create(path);
        f.Write(BitConverter.GetBytes((ulong)padded));
        f.Write(json);
        for (var i = json.Length; i < padded; i++) f.WriteByte((byte)' ');
        foreach (var b in blobs) f.Write(b);
    }

    /// <summary>All tensors as float32, in header order, plus the metadata.</summary>
    public static (List<(string Name, Tensor Tensor)> Tensors, Dictionary<string, string> Metadata) Read(string path)
    {
        if (!File.Exists(path)) throw new MedRecException($"safetensors file not found: {path}");
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 8) throw new MedRecException($"not a safetensors file: {path}");
        var n = BitConverter.ToUInt64(bytes, 0);
        if (n > (ulong)bytes.Length - 8) throw new MedRecException($"corrupt safetensors header in {path}");
        var header = JsonNode.Parse(bytes.AsSpan(8, (int)n)) as JsonObject ?? throw new MedRecException($"corrupt safetensors header in {path}");
        var dataStart = 8 + (int)n;
        var tensors = new List<(string, Tensor)>();
        var metadata = new Dictionary<string, string>();
        foreach (var (name, node) in header)
        {
            if (name == "__metadata__")
            {
                foreach (var (k, v) in node!.AsObject()) metadata[k] = v!.GetValue<string>();
                continue;
            }
            var dtype = Enum.Parse<SafeTensorDType>(node!["dtype"]!.GetValue<string>());
            var shape = node["shape"]!.AsArray().Select(d => d!.GetValue<long>()).ToArray();
            var begin = node["data_offsets"]![0]!.GetValue<long>();
            var end = node["data_offsets"]![1]!.GetValue<long>();
            var raw = bytes.AsSpan(dataStart + (int)begin, (int)(end - begin));
            var values = dtype switch
            {
                SafeTensorDType.F32 => MemoryMarshal.Cast<byte, float>(raw).ToArray(),
                SafeTensorDType.BF16 => FromBf16Bytes(raw),
                _ => MemoryMarshal.Cast<byte, Half>(raw).ToArray().Select(h => (float)h).ToArray(),
            };
            if (values.LongLength != shape.Aggregate(1L, (a, b) => a * b))
                throw new MedRecException($"safetensors: tensor '{name}' has {values.Length} values for shape [{string.Join(", ", shape)}]");
            tensors.Add((name, tensor(values, shape)));
        }
        return (tensors, metadata);
    }

    /// <summary>float32 → bfloat16 with round-to-nearest-even; NaN stays NaN.</summary>
    public static ushort ToBf16(float f)
    {
        var bits = BitConverter.SingleToUInt32Bits(f);
        if (float.IsNaN(f)) return 0x7FC0;
        bits += 0x7FFF + ((bits >> 16) & 1);
        return (ushort)(bits >> 16);
    }

    public static float FromBf16(ushort b) => BitConverter.UInt32BitsToSingle((uint)b << 16);

    private static byte[] ToBf16Bytes(float[] values)
    {
        var halfs = Array.ConvertAll(values, ToBf16);
        return MemoryMarshal.AsBytes(halfs.AsSpan()).ToArray();
    }

    private static float[] FromBf16Bytes(ReadOnlySpan<byte> raw) =>
        MemoryMarshal.Cast<byte, ushort>(raw).ToArray().Select(FromBf16).ToArray();
}
