namespace MedRec.Training.Corpus;

/// <summary>
/// Near-duplicate documents by MinHash over character shingles of the normalised text, with LSH banding
/// (bands × rows hashes). A document is a near duplicate when an earlier one shares a band and their signatures
/// agree on at least <c>threshold</c> of the hashes (an estimate of the Jaccard similarity of their shingle sets).
/// </summary>
public sealed class NearDuplicateIndex(int shingle = 5, int bands = 16, int rows = 4, double threshold = 0.8)
{
    private readonly int _hashes = bands * rows;
    private readonly List<ulong[]> _signatures = [];
    private readonly Dictionary<(int Band, ulong Key), List<int>> _buckets = [];
    private readonly ulong[] _a = Coefficients(bands * rows, 1);
    private readonly ulong[] _b = Coefficients(bands * rows, 2);

    /// <summary>True when a similar document was added before; otherwise remembers this one and returns false.</summary>
    public bool CheckAndAdd(string normalized)
    {
        if (normalized.Length < shingle) return false;
        var sig = Signature(normalized);
        var candidates = new HashSet<int>();
        for (var band = 0; band < bands; band++)
            if (_buckets.TryGetValue((band, BandKey(sig, band)), out var list)) candidates.UnionWith(list);
        foreach (var c in candidates)
            if (Agreement(sig, _signatures[c]) >= threshold) return true;
        var id = _signatures.Count;
        _signatures.Add(sig);
        for (var band = 0; band < bands; band++)
        {
            var key = (band, BandKey(sig, band));
            if (!_buckets.TryGetValue(key, out var list)) _buckets[key] = list = [];
            list.Add(id);
        }
        return false;
    }

    private ulong[] Signature(string s)
    {
        var sig = new ulong[_hashes];
        Array.Fill(sig, ulong.MaxValue);
        for (var i = 0; i + shingle <= s.Length; i++)
        {
            var h = NGramOverlap.Hash(s.AsSpan(i, shingle));
            for (var k = 0; k < sig.Length; k++)
            {
                var v = h * _a[k] + _b[k];
                v ^= v >> 31;
                if (v < sig[k]) sig[k] = v;
            }
        }
        return sig;
    }

    private ulong BandKey(ulong[] sig, int band)
    {
        var h = 1469598103934665603UL;
        for (var r = 0; r < rows; r++) { h ^= sig[band * rows + r]; h *= 1099511628211UL; }
        return h;
    }

    private static double Agreement(ulong[] x, ulong[] y)
    {
        var same = 0;
        for (var i = 0; i < x.Length; i++) if (x[i] == y[i]) same++;
        return (double)same / x.Length;
    }

    private static ulong[] Coefficients(int n, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => (ulong)rng.NextInt64() | 1UL).ToArray();
    }
}
