using System.Text;

namespace MedRec.Training.Corpus;

/// <summary>
/// Character n-gram fingerprints for decontamination and deduplication. Text is normalised first (NFKC,
/// lower case, letters and digits only) so punctuation or spacing changes do not hide an overlap.
/// </summary>
public static class NGramOverlap
{
    public const int DefaultN = 13;

    public static string Normalize(string text)
    {
        var s = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(s.Length);
        foreach (var r in s.EnumerateRunes())
            if (Rune.IsLetterOrDigit(r)) sb.Append(Rune.ToLowerInvariant(r).ToString());
        return sb.ToString();
    }

    /// <summary>64-bit FNV-1a-style hash with a final mix, over UTF-16 code units.</summary>
    public static ulong Hash(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s) { h ^= c; h *= 1099511628211UL; }
        h ^= h >> 33; h *= 0xff51afd7ed558ccdUL; h ^= h >> 33;
        return h;
    }

    /// <summary>Hashes of every n-gram (in UTF-16 units) of the normalised text; none when it is shorter than n.</summary>
    public static IEnumerable<ulong> Hashes(string normalized, int n = DefaultN)
    {
        for (var i = 0; i + n <= normalized.Length; i++) yield return Hash(normalized.AsSpan(i, n));
    }
}
