using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MedRec.Model.Transformer;

/// <summary>Root-mean-square norm: x / sqrt(mean(x²) + eps) · weight, computed in float32.</summary>
public sealed class RmsNorm : nn.Module<Tensor, Tensor>
{
    private readonly Parameter weight;
    private readonly double _eps;

    public RmsNorm(int dim, double eps) : base(nameof(RmsNorm))
    {
        weight = new Parameter(ones(dim));
        _eps = eps;
        RegisterComponents();
    }

    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var rms = x.pow(2).mean([-1], keepdim: true).add(_eps).rsqrt(); // (…, 1)
        return scope.MoveToOuter(x.mul(rms).mul(weight));
    }
}
