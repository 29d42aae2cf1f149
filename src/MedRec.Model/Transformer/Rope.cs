using TorchSharp.Utils;
using static TorchSharp.torch;

namespace MedRec.Model.Transformer;

/// <summary>
/// Rotary position embedding with precomputed cos/sin tables, in the Hugging Face "rotate half" layout:
/// dimension i pairs with i + D/2 (not with its neighbour), so q/k weights export to HF Llama unpermuted.
/// </summary>
public sealed class Rope : nn.Module
{
    [ComponentName(Name = "cos")] private readonly Tensor _cos; // (maxSeq, D)
    [ComponentName(Name = "sin")] private readonly Tensor _sin; // (maxSeq, D)

    public Rope(int headDim, int maxSeqLen, double theta) : base(nameof(Rope))
    {
        using var scope = NewDisposeScope();
        var half = headDim / 2;
        var invFreq = pow(theta, arange(0, half, dtype: ScalarType.Float64).mul(2.0 / headDim)).reciprocal(); // (D/2)
        var angles = outer(arange(maxSeqLen, dtype: ScalarType.Float64), invFreq); // (maxSeq, D/2)
        var full = cat([angles, angles], 1); // (maxSeq, D)
        _cos = full.cos().to(ScalarType.Float32).DetachFromDisposeScope();
        _sin = full.sin().to(ScalarType.Float32).DetachFromDisposeScope();
        // Non-persistent: recomputed from the config, never part of saved weights.
        register_buffer("cos", _cos, persistent: false);
        register_buffer("sin", _sin, persistent: false);
    }

    /// <summary>Rotate x (B, H, T, D) whose first position is <paramref name="start"/>.</summary>
    public Tensor Apply(Tensor x, int start)
    {
        using var scope = NewDisposeScope();
        var t = x.shape[2];
        var d = x.shape[3];
        var cos = _cos.narrow(0, start, t); // (T, D)
        var sin = _sin.narrow(0, start, t); // (T, D)
        var x1 = x.narrow(-1, 0, d / 2);
        var x2 = x.narrow(-1, d / 2, d / 2);
        var rotated = cat([x2.neg(), x1], -1); // (B, H, T, D)
        return scope.MoveToOuter(x.mul(cos).add(rotated.mul(sin)));
    }
}
