using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MedRec.Model.Transformer;

/// <summary>A bias-free linear layer y = x Wᵀ with W (out, in); multiplies in bf16 under <see cref="Autocast"/>.</summary>
public sealed class Projection : nn.Module<Tensor, Tensor>
{
    private readonly Parameter weight;

    public Projection(int inFeatures, int outFeatures) : base(nameof(Projection))
    {
        weight = new Parameter(empty(outFeatures, inFeatures));
        RegisterComponents();
    }

    public Parameter Weight => weight;

    public override Tensor forward(Tensor x) => Linear(x, weight);

    /// <summary>
    /// Under <see cref="Autocast"/>: x · Wᵀ with the result left in bf16, for a chain of bf16 work (SwiGLU) that
    /// casts back once at its end; otherwise the same as <see cref="forward"/>.
    /// </summary>
    public Tensor ForwardKeepBf16(Tensor x) =>
        Autocast.IsBf16 ? nn.functional.linear(x.to(ScalarType.BFloat16), weight.to(ScalarType.BFloat16)) : Linear(x, weight);

    /// <summary>x (…, in) · Wᵀ → (…, out), honouring <see cref="Autocast"/>.</summary>
    public static Tensor Linear(Tensor x, Tensor w)
    {
        if (!Autocast.IsBf16 || x.dtype != ScalarType.Float32) return nn.functional.linear(x, w);
        using var scope = NewDisposeScope();
        var y = nn.functional.linear(x.to(ScalarType.BFloat16), w.to(ScalarType.BFloat16)).to(ScalarType.Float32);
        return scope.MoveToOuter(y);
    }
}
