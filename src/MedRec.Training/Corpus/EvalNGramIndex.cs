namespace MedRec.Training.Corpus;

/// <summary>
/// Normalised character n-grams (64-bit hashes) of every evaluation string, sorted for binary search, each with the
/// length of the shortest evaluation string it came from (capped at <see cref="MatchChars"/>).
/// A text is contaminated when it contains, after normalisation, a whole evaluation string or a
/// <see cref="MatchChars"/>-character piece of one: a run of consecutive n-gram hits covering that many characters.
/// Single 13-gram hits are not enough: generic phrases ("根据您的描述，建议您…") occur in test answers and in
/// thousands of unrelated documents.
/// </summary>
public sealed class EvalNGramIndex
{
    public const int MatchChars = 50;
    public const int MinLatinWhole = 30;

    private readonly ulong[] _hashes;
    private readonly byte[] _need;

    public int N { get; }
    public int Count => _hashes.Length;

    private EvalNGramIndex(ulong[] hashes, byte[] need, int n) { _hashes = hashes; _need = need; N = n; }

    public static EvalNGramIndex Build(IEnumerable<string> evalStrings, int n = NGramOverlap.DefaultN)
    {
        var keys = new List<ulong>();
        var need = new List<byte>();
        foreach (var s in evalStrings)
        {
            var norm = NGramOverlap.Normalize(s);
            if (norm.Length < n) continue;
            // Latin-only strings this short are names ("shortness of breath"), not test items: match 50 chars only.
            var cap = (byte)Math.Min(HasCjk(norm) || norm.Length >= MinLatinWhole ? norm.Length : MatchChars, MatchChars);
            foreach (var h in NGramOverlap.Hashes(norm, n)) { keys.Add(h); need.Add(cap); }
        }
        var k = keys.ToArray();
        var v = need.ToArray();
        Array.Sort(k, v);
        var m = 0;
        for (var i = 0; i < k.Length; i++)
        {
            if (m > 0 && k[i] == k[m - 1]) { v[m - 1] = Math.Min(v[m - 1], v[i]); continue; }
            k[m] = k[i]; v[m] = v[i]; m++;
        }
        Array.Resize(ref k, m);
        Array.Resize(ref v, m);
        return new EvalNGramIndex(k, v, n);
    }

    public static EvalNGramIndex FromDataFolder(string dataDir, int n = NGramOverlap.DefaultN) =>
        Build(EvalSets.Resolve(dataDir).SelectMany(EvalTextReader.Strings), n);

    private static bool HasCjk(string s)
    {
        foreach (var c in s) if (c is >= '\u3400' and <= '\u9FFF') return true;
        return false;
    }

    /// <summary>Characters of evaluation text a hit at this n-gram must extend to, or 0 when it is not an evaluation n-gram.</summary>
    public int Need(ulong hash)
    {
        var i = Array.BinarySearch(_hashes, hash);
        return i >= 0 ? _need[i] : 0;
    }

    /// <summary>True when the text holds a whole evaluation string or a <see cref="MatchChars"/>-character piece of one.</summary>
    public bool IsContaminated(string text)
    {
        var norm = NGramOverlap.Normalize(text);
        int runStart = -1, runNeed = int.MaxValue;
        for (var i = 0; i + N <= norm.Length; i++)
        {
            var need = Need(NGramOverlap.Hash(norm.AsSpan(i, N)));
            if (need == 0) { runStart = -1; runNeed = int.MaxValue; continue; }
            if (runStart < 0) runStart = i;
            runNeed = Math.Min(runNeed, need);
            if (i - runStart + N >= runNeed) return true;
        }
        return false;
    }
}
