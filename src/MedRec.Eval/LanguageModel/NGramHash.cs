namespace MedRec.Eval.LanguageModel;

/// <summary>64-bit hash of a short code-point sequence (an n-gram); order and length both matter.</summary>
internal static class NGramHash
{
    public static ulong Of(ReadOnlySpan<int> cps)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)cps.Length;
        foreach (var c in cps)
        {
            h ^= (uint)c;
            h *= 0xff51afd7ed558ccdUL;
            h ^= h >> 29;
        }
        h ^= h >> 32; h *= 0xc4ceb9fe1a85ec53UL; h ^= h >> 29;
        return h;
    }
}
