using System.Text.Json;
using MedRec.Core.Common;

namespace MedRec.Model.Transformer;

/// <summary>
/// Hyper-parameters of the Llama-style decoder. Immutable and saved inside every checkpoint (config.json),
/// so a checkpoint alone rebuilds its model.
/// </summary>
public sealed record ModelConfig(
    int VocabSize,
    int Dim,
    int Layers,
    int Heads,
    int KvHeads,
    int FfnHidden,
    int MaxSeqLen,
    double RopeTheta = 10000.0,
    double NormEps = 1e-5)
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public int HeadDim => Dim / Heads;

    /// <summary>For unit tests: a few thousand parameters, runs in milliseconds on CPU.</summary>
    public static ModelConfig Tiny(int vocab = 64) => new(vocab, 32, 2, 4, 2, 64, 64);

    /// <summary>Default model: d256/L4 (about 4.4k training tokens/s on two CPU cores with bf16 matmuls).</summary>
    public static ModelConfig Small(int vocab = 8000) => new(vocab, 256, 4, 8, 8, 704, 512);

    /// <summary>The larger CPU-trainable size: d384/L6.</summary>
    public static ModelConfig Base(int vocab = 8000) => new(vocab, 384, 6, 6, 6, 1024, 512);

    public static ModelConfig FromPreset(string name, int vocab) => name.ToLowerInvariant() switch
    {
        "tiny" => Tiny(vocab),
        "small" => Small(vocab),
        "base" => Base(vocab),
        _ => throw new MedRecException($"unknown model preset '{name}' (expected tiny, small or base)"),
    };

    /// <summary>Throws MedRecException on an inconsistent configuration.</summary>
    public ModelConfig Validate()
    {
        if (VocabSize <= 0 || Dim <= 0 || Layers <= 0 || Heads <= 0 || KvHeads <= 0 || FfnHidden <= 0 || MaxSeqLen <= 0)
            throw new MedRecException("model config: all sizes must be positive");
        if (Dim % Heads != 0) throw new MedRecException($"model config: dim {Dim} is not a multiple of heads {Heads}");
        if (Heads % KvHeads != 0) throw new MedRecException($"model config: heads {Heads} is not a multiple of kv_heads {KvHeads}");
        if (HeadDim % 2 != 0) throw new MedRecException($"model config: head dim {HeadDim} must be even for RoPE");
        return this;
    }

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public static ModelConfig FromJson(string json) =>
        (JsonSerializer.Deserialize<ModelConfig>(json, s_json) ?? throw new MedRecException("model config: empty JSON")).Validate();
}
