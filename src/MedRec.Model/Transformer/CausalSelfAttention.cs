using TorchSharp.Utils;
using static TorchSharp.torch;

namespace MedRec.Model.Transformer;

/// <summary>Multi-head causal self-attention with RoPE and optional grouped-query (KvHeads &lt; Heads) keys/values.</summary>
public sealed class CausalSelfAttention : nn.Module
{
    [ComponentName(Name = "wq")] private readonly Projection _wq;
    [ComponentName(Name = "wk")] private readonly Projection _wk;
    [ComponentName(Name = "wv")] private readonly Projection _wv;
    [ComponentName(Name = "wo")] private readonly Projection _wo;
    private readonly int _heads;
    private readonly int _kvHeads;
    private readonly int _headDim;

    public CausalSelfAttention(ModelConfig c) : base(nameof(CausalSelfAttention))
    {
        _heads = c.Heads;
        _kvHeads = c.KvHeads;
        _headDim = c.HeadDim;
        _wq = new Projection(c.Dim, c.Heads * c.HeadDim);
        _wk = new Projection(c.Dim, c.KvHeads * c.HeadDim);
        _wv = new Projection(c.Dim, c.KvHeads * c.HeadDim);
        _wo = new Projection(c.Heads * c.HeadDim, c.Dim);
        RegisterComponents();
    }

    /// <summary>The residual output projection (scaled at init).</summary>
    public Projection OutputProjection => _wo;

    /// <summary>x (B, T, C) at positions start..start+T-1; with a cache (holding <paramref name="start"/> positions), attends to the past too.</summary>
    public Tensor forward(Tensor x, Rope rope, KvCache? cache, int layer, int start)
    {
        using var scope = NewDisposeScope();
        long b = x.shape[0], t = x.shape[1];
        var q = _wq.forward(x).view(b, t, _heads, _headDim).transpose(1, 2); // (B, H, T, D)
        var k = _wk.forward(x).view(b, t, _kvHeads, _headDim).transpose(1, 2); // (B, KvH, T, D)
        var v = _wv.forward(x).view(b, t, _kvHeads, _headDim).transpose(1, 2); // (B, KvH, T, D)
        q = rope.Apply(q, start);
        k = rope.Apply(k, start);
        if (cache is not null) (k, v) = cache.Append(layer, k, v); // (B, KvH, start+T, D)
        if (_kvHeads != _heads)
        {
            k = k.repeat_interleave(_heads / _kvHeads, dim: 1); // (B, H, S, D)
            v = v.repeat_interleave(_heads / _kvHeads, dim: 1);
        }
        Tensor y;
        if (start == 0) y = nn.functional.scaled_dot_product_attention(q, k, v, is_casual: true); // (B, H, T, D)
        else if (t == 1) y = nn.functional.scaled_dot_product_attention(q, k, v); // one new token sees all the past
        else
        {
            // Several new tokens after a cached prefix: query i may see keys 0..start+i.
            var s = start + t;
            var allowed = ones(t, s, dtype: ScalarType.Bool).tril(start); // (T, S)
            y = nn.functional.scaled_dot_product_attention(q, k, v, attn_mask: allowed);
        }
        y = y.transpose(1, 2).contiguous().view(b, t, _heads * _headDim); // (B, T, C)
        return scope.MoveToOuter(_wo.forward(y));
    }
}
