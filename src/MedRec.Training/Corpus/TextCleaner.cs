using System.Text;
using System.Text.RegularExpressions;

namespace MedRec.Training.Corpus;

/// <summary>
/// Cleans scraped text for pretraining: HTML tags and entities, "[详细]" and "..." list truncations, control
/// characters, whitespace runs, and a few site boilerplate sentences. Output never contains a blank line.
/// </summary>
public static partial class TextCleaner
{
    [GeneratedRegex(@"<[^<>]{0,300}>")] private static partial Regex Html();
    [GeneratedRegex(@"&(nbsp|amp|lt|gt|quot|apos|ldquo|rdquo|hellip|mdash|middot|#\d{2,5});")] private static partial Regex Entity();
    [GeneratedRegex(@"[ \t\u00A0\u3000\u2002\u2003\u200B\uFEFF]+")] private static partial Regex Spaces();
    [GeneratedRegex(@" ?\n[ \n]*")] private static partial Regex Newlines();
    [GeneratedRegex(@"\[详细\]|\[查看详细\]|\(详细\)|详细>>|更多>>")] private static partial Regex More();
    [GeneratedRegex(@"(感谢您的(进行)?咨询|希望(我的)?(解答|解释|回答)对你有所帮助|期望我的解释对你有所帮助)[，,。！!]?")] private static partial Regex Boilerplate();

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var s = text.Replace("\r\n", "\n").Replace('\r', '\n');
        s = Html().Replace(s, "");
        s = Entity().Replace(s, m => m.Groups[1].Value switch
        {
            "amp" => "&", "lt" => "<", "gt" => ">", "quot" or "ldquo" or "rdquo" => "\"", "apos" => "'",
            "hellip" => "…", "mdash" => "—", "middot" => "·", _ => " ",
        });
        s = More().Replace(s, "");
        s = Boilerplate().Replace(s, "");
        s = StripControls(s);
        s = Spaces().Replace(s, " ");
        s = Newlines().Replace(s, "\n");
        return s.Trim(' ', '\n');
    }

    /// <summary>Drops control characters (keeps \n) and lone surrogates, so every document is valid UTF-8.</summary>
    private static string StripControls(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(c).Append(s[++i]); continue; }
            if (char.IsSurrogate(c)) continue;
            if (c == '\n' || c == '\t') { sb.Append(c); continue; }
            if (char.IsControl(c) || c == '\u2028' || c == '\u2029') { sb.Append(c is '\u2028' or '\u2029' ? '\n' : ' '); continue; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
