using TorchSharp.Utils;
using static TorchSharp.torch;

namespace MedRec.Model.Transformer;

/// <summary>Pre-norm decoder block: x + attn(norm(x)), then + ffn(norm(x)).</summary>
public sealed class TransformerBlock : nn.Module
{
    [ComponentName(Name = "attn_norm")] private readonly RmsNorm _attnNorm;
    [ComponentName(Name = "attn")] private readonly CausalSelfAttention _attn;
    [ComponentName(Name = "ffn_norm")] private readonly RmsNorm _ffnNorm;
    [ComponentName(Name = "ffn")] private readonly FeedForward _ffn;
    private readonly int _index;

    public TransformerBlock(ModelConfig c, int index) : base(nameof(TransformerBlock))
    {
        _index = index;
        _attnNorm = new RmsNorm(c.Dim, c.NormEps);
        _attn = new CausalSelfAttention(c);
        _ffnNorm = new RmsNorm(c.Dim, c.NormEps);
        _ffn = new FeedForward(c.Dim, c.FfnHidden);
        RegisterComponents();
    }

    internal IEnumerable<Projection> ResidualProjections => [_attn.OutputProjection, _ffn.OutputProjection];

    public Tensor forward(Tensor x, Rope rope, KvCache? cache, int start)
    {
        using var scope = NewDisposeScope();
        var h = x.add(_attn.forward(_attnNorm.forward(x), rope, cache, _index, start)); // (B, T, C)
        return scope.MoveToOuter(h.add(_ffn.forward(_ffnNorm.forward(h))));
    }
}
