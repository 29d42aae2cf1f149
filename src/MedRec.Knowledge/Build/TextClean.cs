using System.Text.RegularExpressions;

namespace MedRec.Knowledge.Build;

/// <summary>Cleaning for scraped KG strings: HTML remnants, "[详细]", truncation dots, Python-list strings.</summary>
public static partial class TextClean
{
    [GeneratedRegex(@"<[^>]{0,200}>")] private static partial Regex Html();
    [GeneratedRegex(@"&[a-z]{2,6};")] private static partial Regex Entity();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"'((?:[^'\\]|\\.)*)'|""((?:[^""\\]|\\.)*)""")] private static partial Regex Quoted();

    public static string Clean(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        s = Html().Replace(s, "");
        s = Entity().Replace(s, "");
        s = s.Replace("[详细]", "").Replace("\u3000", " ");
        s = Spaces().Replace(s, " ").Trim();
        return s;
    }

    /// <summary>A name usable as an entity: cleaned, no truncation marks, sane length. Null when unusable.</summary>
    public static string? Name(string? s)
    {
        var n = Clean(s).Trim(' ', '，', ',', '、', '。', ';', '；');
        if (n.EndsWith("...", StringComparison.Ordinal) || n.EndsWith('…')) return null;
        if (n.Length is 0 or > 40) return null;
        return n;
    }

    /// <summary>Items of a Python-repr list such as "['a', 'b']", or of a plain JSON array element.</summary>
    public static IEnumerable<string> PyList(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) yield break;
        var t = s.Trim();
        if (!t.StartsWith('['))
        {
            yield return t;
            yield break;
        }
        foreach (Match m in Quoted().Matches(t))
            yield return m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
    }

    /// <summary>Split a list written with spaces, commas or 、 (39health columns).</summary>
    public static IEnumerable<string> SplitList(string? s) =>
        Clean(s).Split([' ', ',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Trim to at most <paramref name="max"/> characters at a sentence end where possible.</summary>
    public static string Short(string? s, int max)
    {
        var c = Clean(s);
        if (c.Length <= max) return c;
        var cut = c.LastIndexOfAny(['。', '；', ';'], max - 1);
        return cut > max / 2 ? c[..(cut + 1)] : c[..max] + "…";
    }
}
