using System.Text;

namespace MedRec.Eval.LanguageModel;

/// <summary>Text as Unicode scalar values: "characters" for bits-per-character, so an emoji counts once.</summary>
public static class CodePoints
{
    /// <summary>Number of Unicode scalar values (U+0000..U+10FFFF without surrogates).</summary>
    public const int UnicodeScalars = 0x110000 - 0x800;

    public static int[] Of(string text)
    {
        var list = new List<int>(text.Length);
        foreach (var r in text.EnumerateRunes()) list.Add(r.Value);
        return [.. list];
    }

    public static long Count(string text)
    {
        long n = 0;
        foreach (var _ in text.EnumerateRunes()) n++;
        return n;
    }

    public static string Read(string path) => File.ReadAllText(path, new UTF8Encoding(false, true));
}
