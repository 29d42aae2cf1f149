namespace MedRec.Knowledge.Linking;

/// <summary>
/// Near-miss lookup: surfaces of length ≥ 3 that differ from a known surface by one substituted character
/// (咳漱 → 咳嗽, 头晕眼花 vs 头昏眼花). A deletion neighbourhood keyed by the string with one position masked.
/// </summary>
public sealed class FuzzyIndex
{
    private readonly Dictionary<string, string> _masked = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ambiguous = new(StringComparer.Ordinal);

    public FuzzyIndex(IEnumerable<string> surfaces)
    {
        foreach (var s in surfaces)
        {
            if (s.Length < 3) continue;
            for (var i = 0; i < s.Length; i++)
            {
                var key = Mask(s, i);
                if (_masked.TryGetValue(key, out var other) && other != s) _ambiguous.Add(key);
                else _masked[key] = s;
            }
        }
    }

    /// <summary>The single known surface one substitution away from <paramref name="text"/>, if unambiguous.</summary>
    public string? Find(string text)
    {
        if (text.Length < 3) return null;
        string? found = null;
        for (var i = 0; i < text.Length; i++)
        {
            var key = Mask(text, i);
            if (_ambiguous.Contains(key) || !_masked.TryGetValue(key, out var s)) continue;
            if (found is not null && found != s) return null;
            found = s;
        }
        return found;
    }

    private static string Mask(string s, int i) => string.Concat(s.AsSpan(0, i), "\u0001", s.AsSpan(i + 1));
}
