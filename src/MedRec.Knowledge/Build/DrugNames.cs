using System.Text.RegularExpressions;

namespace MedRec.Knowledge.Build;

/// <summary>Chinese product names → generic names ("XX药业 阿莫西林胶囊" → 阿莫西林), English name keys.</summary>
public static partial class DrugNames
{
    // Longest first, so 缓释胶囊 is stripped before 胶囊.
    private static readonly string[] s_forms =
    [
        "肠溶缓释片", "缓释胶囊", "缓释片", "控释片", "肠溶胶囊", "肠溶片", "分散片", "泡腾片", "咀嚼片", "口腔崩解片",
        "含片", "软胶囊", "胶囊", "颗粒剂", "颗粒", "注射液", "注射剂", "注射用", "口服液", "口服溶液", "混悬液",
        "干混悬剂", "滴眼液", "滴耳液", "滴鼻液", "喷雾剂", "气雾剂", "吸入剂", "乳膏", "软膏", "凝胶", "贴剂", "栓剂",
        "糖浆", "丸", "散", "片", "膏", "贴", "酊", "搽剂", "洗剂", "溶液", "合剂", "冲剂", "胶丸", "粉针",
    ];

    [GeneratedRegex(@"[（(][^）)]*[）)]")] private static partial Regex Parenthesis();
    [GeneratedRegex(@"^\d+(\.\d+)?(mg|g|ml|μg|ug|%)")] private static partial Regex Strength();

    private static readonly char[] s_notInNames = ['？', '?', '！', '!', '，', '。'];

    /// <summary>Generic name of a Chinese drug product, or null when nothing sensible remains.</summary>
    public static string? Generic(string product)
    {
        var s = TextClean.Clean(product);
        var space = s.LastIndexOf(' ');
        if (space >= 0) s = s[(space + 1)..]; // "XX药业 阿莫西林胶囊": the maker comes first
        s = Parenthesis().Replace(s, "");
        if (s.StartsWith("注射用", StringComparison.Ordinal)) s = s[3..];
        foreach (var f in s_forms)
            if (s.Length > f.Length + 1 && s.EndsWith(f, StringComparison.Ordinal)) { s = s[..^f.Length]; break; }
        s = s.Trim();
        if (s.Length < 2 || s.Length > 30 || Strength().IsMatch(s) || s.IndexOfAny(s_notInNames) >= 0) return null; // questions scraped as drug names (应该如何用药？)
        return TextClean.Name(s);
    }

    /// <summary>Key for matching English drug names across sources (case- and punctuation-insensitive).</summary>
    public static string EnglishKey(string name) =>
        new string(name.Trim().ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c == ' ').ToArray()).Trim();

    /// <summary>Display form: first letter upper-case ("abacavir" → "Abacavir").</summary>
    public static string EnglishDisplay(string name)
    {
        var t = name.Trim();
        return t.Length == 0 ? t : char.ToUpperInvariant(t[0]) + t[1..];
    }
}
