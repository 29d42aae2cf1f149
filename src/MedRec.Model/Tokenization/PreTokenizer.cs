using System.Buffers;
using System.Globalization;
using System.Text;

namespace MedRec.Model.Tokenization;

/// <summary>
/// Splits text into chunks that BPE merges never cross: runs of CJK characters, runs of other letters (with one
/// leading space), digits in groups of up to three, runs of punctuation/symbols/emoji (with one leading space), and
/// whitespace runs (a single space before a word or symbol run joins that run). Concatenating the chunks gives the
/// input back exactly. Works on runes, so a surrogate pair is never split.
/// </summary>
public static class PreTokenizer
{
    /// <summary>
    /// Approximation of these rules as an Oniguruma regex (Hugging Face `tokenizers` syntax), stored in tokenizer.json
    /// for other readers; it differs where Latin letters run straight into CJK ("abc头痛" stays one piece there).
    /// </summary>
    public const string Regex = @"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]+| ?[\p{L}\p{M}]+|\p{Nd}{1,3}| ?[^\s\p{L}\p{M}\p{Nd}]+|\s+(?!\S)|\s+";

    private enum Kind { Cjk, Letter, Digit, Space, Other }

    public static List<string> Split(string text)
    {
        var chunks = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var k = KindAt(text, i, out _);
            var start = i;
            if (k == Kind.Space)
            {
                var j = i;
                while (j < text.Length && KindAt(text, j, out var wj) == Kind.Space) j += wj;
                var joinsNext = j < text.Length && text[j - 1] == ' ' && KindAt(text, j, out _) is Kind.Letter or Kind.Other;
                if (!joinsNext) { chunks.Add(text[i..j]); i = j; continue; }
                // Leave one ' ' to lead the following letter or symbol run.
                if (j - 1 > i) chunks.Add(text[i..(j - 1)]);
                start = j - 1;
                i = j;
                k = KindAt(text, i, out _);
            }
            var count = 0;
            while (i < text.Length && KindAt(text, i, out var wi) == k && (k != Kind.Digit || count < 3))
            {
                i += wi;
                count++;
            }
            chunks.Add(text[start..i]);
        }
        return chunks;
    }

    private static Kind KindAt(string s, int i, out int width)
    {
        if (Rune.DecodeFromUtf16(s.AsSpan(i), out var r, out width) != OperationStatus.Done) return Kind.Other;
        var v = r.Value;
        if (v is >= 0x2E80 and <= 0x2FDF or >= 0x3040 and <= 0x30FF or >= 0x3100 and <= 0x312F or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF or >= 0xAC00 and <= 0xD7AF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3FFFF)
            return Kind.Cjk;
        if (Rune.IsWhiteSpace(r)) return Kind.Space;
        var cat = Rune.GetUnicodeCategory(r);
        if (cat == UnicodeCategory.DecimalDigitNumber) return Kind.Digit;
        if (Rune.IsLetter(r) || cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            return Kind.Letter;
        return Kind.Other;
    }
}
