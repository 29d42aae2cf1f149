using System.Text.RegularExpressions;

namespace MedRec.Knowledge.Linking;

/// <summary>Durations in Chinese text ("三天", "2周", "半个月", "一年多") as text and as days.</summary>
public static partial class DurationParser
{
    [GeneratedRegex(@"(半|[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百几]+)(?:个)?(多)?(小时|天|日|周|星期|礼拜|月|年)(多|余)?")]
    private static partial Regex Pattern();

    public sealed record Duration(string Text, double Days, int Start);

    public static IEnumerable<Duration> FindAll(string text)
    {
        foreach (Match m in Pattern().Matches(text))
        {
            var n = Number(m.Groups[1].Value);
            if (n is null) continue;
            var unit = m.Groups[3].Value switch
            {
                "小时" => 1.0 / 24, "天" or "日" => 1, "周" or "星期" or "礼拜" => 7, "月" => 30, _ => 365,
            };
            yield return new Duration(m.Value, n.Value * unit, m.Index);
        }
    }

    /// <summary>The duration nearest after <paramref name="position"/> in the same clause, else the nearest before.</summary>
    public static Duration? Near(string text, int position)
    {
        Duration? best = null;
        foreach (var d in FindAll(text))
        {
            var between = d.Start >= position ? text[position..d.Start] : text[(d.Start + d.Text.Length)..Math.Max(d.Start + d.Text.Length, position)];
            if (between.IndexOfAny(Negation.ClauseBreaks.Replace("、", "").ToCharArray()) >= 0) continue;
            if (best is null || Math.Abs(d.Start - position) < Math.Abs(best.Start - position)) best = d;
        }
        return best;
    }

    public static double? Number(string s)
    {
        if (s == "半") return 0.5;
        if (double.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var v)) return v;
        if (s.Contains('几')) return 3;
        double total = 0, current = 0;
        foreach (var ch in s)
        {
            var digit = "零一二三四五六七八九".IndexOf(ch);
            if (ch == '两') digit = 2;
            if (digit >= 0) { current = digit; continue; }
            var mult = ch switch { '十' => 10, '百' => 100, _ => 0 };
            if (mult == 0) return null;
            total += (current == 0 ? 1 : current) * mult;
            current = 0;
        }
        return total + current;
    }
}
