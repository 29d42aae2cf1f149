using MedRec.Model.Transformer;

namespace MedRec.Model.Reference;

/// <summary>
/// The slow, obvious reference of <see cref="LlamaModel"/>: plain loops over float arrays, an explicit causal mask and
/// softmax, RoPE angles recomputed per position. For parity tests only (one sequence, tiny configs); no TorchSharp.
/// </summary>
public sealed class NaiveLlama(ModelConfig c, IReadOnlyDictionary<string, float[]> w)
{
    /// <summary>Logits [T][V] for one token sequence.</summary>
    public float[][] Forward(IReadOnlyList<int> tokens)
    {
        var t = tokens.Count;
        var x = new float[t][];
        var embed = w["embed.weight"];
        for (var i = 0; i < t; i++) x[i] = embed.AsSpan(tokens[i] * c.Dim, c.Dim).ToArray();
        for (var l = 0; l < c.Layers; l++)
        {
            var p = $"layers.{l}.";
            var attn = Attention(x.Select(r => RmsNorm(r, w[p + "attn_norm.weight"])).ToArray(), p);
            for (var i = 0; i < t; i++) x[i] = Add(x[i], attn[i]);
            for (var i = 0; i < t; i++)
            {
                var h = RmsNorm(x[i], w[p + "ffn_norm.weight"]);
                var gate = MatVec(w[p + "ffn.w1.weight"], h, c.FfnHidden);
                var up = MatVec(w[p + "ffn.w3.weight"], h, c.FfnHidden);
                for (var j = 0; j < gate.Length; j++) gate[j] = gate[j] / (1f + MathF.Exp(-gate[j])) * up[j];
                x[i] = Add(x[i], MatVec(w[p + "ffn.w2.weight"], gate, c.Dim));
            }
        }
        return x.Select(r => MatVec(embed, RmsNorm(r, w["norm.weight"]), c.VocabSize)).ToArray();
    }

    private float[][] Attention(float[][] x, string p)
    {
        int t = x.Length, d = c.HeadDim, group = c.Heads / c.KvHeads;
        var q = x.Select((r, i) => Rotate(MatVec(w[p + "attn.wq.weight"], r, c.Heads * d), i, c.Heads)).ToArray();
        var k = x.Select((r, i) => Rotate(MatVec(w[p + "attn.wk.weight"], r, c.KvHeads * d), i, c.KvHeads)).ToArray();
        var v = x.Select(r => MatVec(w[p + "attn.wv.weight"], r, c.KvHeads * d)).ToArray();
        var y = Enumerable.Range(0, t).Select(_ => new float[c.Heads * d]).ToArray();
        for (var h = 0; h < c.Heads; h++)
        {
            var kh = h / group; // the kv head this query head shares
            for (var i = 0; i < t; i++)
            {
                var scores = new double[t];
                for (var j = 0; j < t; j++)
                {
                    if (j > i) { scores[j] = double.NegativeInfinity; continue; } // causal mask
                    double s = 0;
                    for (var e = 0; e < d; e++) s += q[i][h * d + e] * k[j][kh * d + e];
                    scores[j] = s / Math.Sqrt(d);
                }
                var max = scores.Max();
                var probs = scores.Select(s => Math.Exp(s - max)).ToArray();
                var sum = probs.Sum();
                for (var j = 0; j <= i; j++)
                    for (var e = 0; e < d; e++) y[i][h * d + e] += (float)(probs[j] / sum * v[j][kh * d + e]);
            }
        }
        return y.Select(r => MatVec(w[p + "attn.wo.weight"], r, c.Dim)).ToArray();
    }

    /// <summary>RoPE, rotate-half pairing: (x[e], x[e + D/2]) turns by pos · theta^(-2e/D).</summary>
    private float[] Rotate(float[] v, int pos, int heads)
    {
        int d = c.HeadDim, half = d / 2;
        var r = (float[])v.Clone();
        for (var h = 0; h < heads; h++)
            for (var e = 0; e < half; e++)
            {
                var angle = pos * Math.Pow(c.RopeTheta, -2.0 * e / d);
                double a = v[h * d + e], b = v[h * d + e + half];
                r[h * d + e] = (float)(a * Math.Cos(angle) - b * Math.Sin(angle));
                r[h * d + e + half] = (float)(b * Math.Cos(angle) + a * Math.Sin(angle));
            }
        return r;
    }

    private float[] RmsNorm(float[] x, float[] g)
    {
        var ms = x.Sum(v => (double)v * v) / x.Length;
        var inv = 1.0 / Math.Sqrt(ms + c.NormEps);
        return x.Select((v, i) => (float)(v * inv * g[i])).ToArray();
    }

    /// <summary>W (rows, len(x)) row-major times x.</summary>
    private static float[] MatVec(float[] m, float[] x, int rows)
    {
        var y = new float[rows];
        for (var r = 0; r < rows; r++)
        {
            double s = 0;
            for (var j = 0; j < x.Length; j++) s += m[r * x.Length + j] * x[j];
            y[r] = (float)s;
        }
        return y;
    }

    private static float[] Add(float[] a, float[] b) => a.Select((v, i) => v + b[i]).ToArray();
}
