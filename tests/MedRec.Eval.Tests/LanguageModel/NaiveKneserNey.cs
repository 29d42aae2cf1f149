namespace MedRec.Eval.Tests.LanguageModel;

/// <summary>Interpolated Kneser-Ney written the obvious way (string keys, recount everything) as a test reference.</summary>
internal sealed class NaiveKneserNey
{
    private readonly int _order;
    private readonly HashSet<int> _vocab;
    private readonly Dictionary<string, int>[] _value;
    private readonly double[] _d;

    public NaiveKneserNey(int[] t, int order)
    {
        _order = order;
        _vocab = [.. t];
        _value = new Dictionary<string, int>[order + 1];
        _d = new double[order + 1];
        for (var m = 1; m <= order; m++)
        {
            var v = new Dictionary<string, int>();
            if (m == order)
                for (var i = 0; i + m <= t.Length; i++) Inc(v, K(t[i..(i + m)]));
            else
            {
                var lefts = new Dictionary<string, HashSet<int>>();
                for (var i = 1; i + m <= t.Length; i++)
                {
                    var k = K(t[i..(i + m)]);
                    if (!lefts.TryGetValue(k, out var s)) lefts[k] = s = [];
                    s.Add(t[i - 1]);
                }
                foreach (var (k, s) in lefts) v[k] = s.Count;
            }
            _value[m] = v;
            var n1 = v.Values.Count(x => x == 1);
            var n2 = v.Values.Count(x => x == 2);
            _d[m] = n1 > 0 && n2 > 0 ? (double)n1 / (n1 + 2 * n2) : 0.5;
        }
    }

    private static string K(IEnumerable<int> cps) => string.Join(",", cps);

    private static void Inc(Dictionary<string, int> d, string k) => d[k] = d.GetValueOrDefault(k) + 1;

    public double Probability(int[] h, int c)
    {
        var p = 1.0 / (_vocab.Count + 1);
        for (var m = 1; m <= h.Length + 1; m++)
        {
            var ctx = h[(h.Length - (m - 1))..];
            var prefix = K(ctx);
            var entries = _value[m].Where(e => m == 1 ? true : e.Key.StartsWith(prefix + ",", StringComparison.Ordinal) && e.Key.Count(ch => ch == ',') == m - 1).ToList();
            long den = entries.Sum(e => (long)e.Value);
            if (den == 0) continue;
            var v = _value[m].GetValueOrDefault(K([.. ctx, c]));
            p = Math.Max(v - _d[m], 0) / den + _d[m] * entries.Count / den * p;
        }
        return _vocab.Contains(c) ? p : p / (0x110000 - 0x800 - _vocab.Count);
    }
}
