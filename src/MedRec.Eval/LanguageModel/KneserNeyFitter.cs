namespace MedRec.Eval.LanguageModel;

/// <summary>
/// Counts for <see cref="KneserNeyModel"/> by sorting hashed n-grams (8 bytes + a position each) instead of
/// hash tables, top order first: the distinct n-grams of order m give order m's counts and contexts, and their
/// suffixes give order m-1's continuation counts.
/// </summary>
public static class KneserNeyFitter
{
    public static KneserNeyModel Fit(int[] t, int order = 5, NeededKeys? keep = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(order, 1);
        var values = new Dictionary<ulong, int>[order + 1];
        var contexts = new Dictionary<ulong, (long, int)>[order + 1];
        var discounts = new double[order + 1];
        values[0] = [];
        contexts[0] = [];

        // Order `order`: raw counts of every n-gram ending at position i.
        var n = Math.Max(0, t.Length - order + 1);
        var keys = new ulong[n];
        var pos = new int[n];
        for (var i = 0; i < n; i++) { pos[i] = i + order - 1; keys[i] = NGramHash.Of(t.AsSpan(i, order)); }
        var (gramKeys, gramValues, gramPos) = Runs(keys, pos);

        for (var m = order; m >= 1; m--)
        {
            discounts[m] = Discount(gramValues);
            values[m] = [];
            for (var i = 0; i < gramKeys.Length; i++)
                if (keep is null || keep.Values[m].Contains(gramKeys[i])) values[m][gramKeys[i]] = gramValues[i];
            contexts[m] = Contexts(t, m, gramValues, gramPos, keep);
            if (m == 1) break;
            // Continuation counts of order m-1: how many distinct m-grams end with each (m-1)-gram.
            var sk = new ulong[gramKeys.Length];
            var sp = (int[])gramPos.Clone();
            for (var i = 0; i < sk.Length; i++) sk[i] = NGramHash.Of(t.AsSpan(gramPos[i] - m + 2, m - 1));
            (gramKeys, gramValues, gramPos) = Runs(sk, sp);
        }
        return new KneserNeyModel(order, [.. t], values, contexts, discounts);
    }

    /// <summary>Sorts keys (with positions) and returns each distinct key, its multiplicity and one position.</summary>
    private static (ulong[] Keys, int[] Counts, int[] Pos) Runs(ulong[] keys, int[] pos)
    {
        Array.Sort(keys, pos);
        var k = new List<ulong>();
        var c = new List<int>();
        var p = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (i > 0 && keys[i] == keys[i - 1]) { c[^1]++; continue; }
            k.Add(keys[i]); c.Add(1); p.Add(pos[i]);
        }
        return ([.. k], [.. c], [.. p]);
    }

    /// <summary>For each context (the m-1 code points before the last), the sum of its n-grams' values and how many there are.</summary>
    private static Dictionary<ulong, (long, int)> Contexts(int[] t, int m, int[] vals, int[] pos, NeededKeys? keep)
    {
        var ck = new ulong[vals.Length];
        var cv = (int[])vals.Clone();
        for (var i = 0; i < ck.Length; i++) ck[i] = NGramHash.Of(t.AsSpan(pos[i] - m + 1, m - 1));
        Array.Sort(ck, cv);
        var result = new Dictionary<ulong, (long, int)>();
        for (var i = 0; i < ck.Length;)
        {
            var j = i;
            long den = 0;
            while (j < ck.Length && ck[j] == ck[i]) den += cv[j++];
            if (keep is null || keep.Contexts[m].Contains(ck[i])) result[ck[i]] = (den, j - i);
            i = j;
        }
        return result;
    }

    /// <summary>D = n1 / (n1 + 2 n2) (Ney et al.), 0.5 when the counts cannot tell.</summary>
    private static double Discount(int[] vals)
    {
        long n1 = 0, n2 = 0;
        foreach (var v in vals) { if (v == 1) n1++; else if (v == 2) n2++; }
        return n1 > 0 && n2 > 0 ? (double)n1 / (n1 + 2 * n2) : 0.5;
    }
}
