using System.Globalization;
using System.Text.RegularExpressions;

namespace MedRec.Knowledge.Query;

/// <summary>Parses xywy 患病比例 text: "0.5%", "3-5%", "约1.5%--2.5%", "0.001%". The first percentage (range midpoint) wins.</summary>
public static class PrevalenceText
{
    private static readonly Regex s_percent =
        new(@"(\d+(?:\.\d+)?)\s*%?\s*(?:[-~－—至到]+\s*(\d+(?:\.\d+)?))?\s*%", RegexOptions.Compiled);

    public static bool TryParse(string text, out double prevalence)
    {
        prevalence = 0;
        var m = s_percent.Match(text);
        if (!m.Success) return false;
        var lo = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var hi = m.Groups[2].Success ? double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : lo;
        prevalence = Math.Clamp((lo + hi) / 2 / 100, 1e-7, 0.5);
        return prevalence > 0;
    }
}
