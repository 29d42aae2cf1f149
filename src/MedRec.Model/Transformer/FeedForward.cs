using TorchSharp.Utils;
using static TorchSharp.torch;

namespace MedRec.Model.Transformer;

/// <summary>SwiGLU feed-forward: w2(silu(w1 x) ⊙ w3 x). w1 = gate, w3 = up, w2 = down.</summary>
public sealed class FeedForward : nn.Module<Tensor, Tensor>
{
    [ComponentName(Name = "w1")] private readonly Projection _w1;
    [ComponentName(Name = "w2")] private readonly Projection _w2;
    [ComponentName(Name = "w3")] private readonly Projection _w3;

    public FeedForward(int dim, int hidden) : base(nameof(FeedForward))
    {
        _w1 = new Projection(dim, hidden);
        _w2 = new Projection(hidden, dim);
        _w3 = new Projection(dim, hidden);
        RegisterComponents();
    }

    /// <summary>The residual output projection (scaled at init).</summary>
    public Projection OutputProjection => _w2;

    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        if (Autocast.IsBf16 && x.dtype == ScalarType.Float32)
        {
            // bf16 end to end (as torch.autocast leaves linear outputs): one cast in, one cast out.
            var xb = x.to(ScalarType.BFloat16);
            var hb = nn.functional.silu(_w1.ForwardKeepBf16(xb)).mul(_w3.ForwardKeepBf16(xb)); // (B, T, F) bf16
            return scope.MoveToOuter(_w2.ForwardKeepBf16(hb).to(ScalarType.Float32)); // (B, T, C)
        }
        var h = nn.functional.silu(_w1.forward(x)).mul(_w3.forward(x)); // (B, T, F)
        return scope.MoveToOuter(_w2.forward(h)); // (B, T, C)
    }
}
