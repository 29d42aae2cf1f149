using System.Text.Json;
using System.Text.RegularExpressions;
using MedRec.Core.Common;

namespace MedRec.Prevention.Screening;

/// <summary>Loads the USPSTF Prevention TaskForce JSON (specific recommendations, risk codes, topic years).</summary>
public static partial class UspstfCatalog
{
    public const string RelativePath = "uspstf-prevention/src/assets/data/sample.json";

    public static IReadOnlyList<UspstfRecommendation> Load(string dataDir)
    {
        using var s = DataPaths.OpenData(Path.Combine(dataDir, RelativePath));
        using var doc = JsonDocument.Parse(s);
        var root = doc.RootElement;
        var risks = root.GetProperty("risks").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("code").GetString()!);
        var general = root.GetProperty("generalRecommendations");
        var list = new List<UspstfRecommendation>();
        foreach (var r in root.GetProperty("specificRecommendations").EnumerateArray())
        {
            var age = r.GetProperty("ageRange").EnumerateArray().Select(x => x.GetInt32()).ToArray();
            var generalId = r.TryGetProperty("general", out var g) ? g.ToString() : "";
            string? topic = null, year = null;
            if (general.TryGetProperty(generalId, out var gen))
            {
                topic = gen.TryGetProperty("title", out var t) ? t.GetString() : null;
                year = gen.TryGetProperty("topicYear", out var y) ? y.ToString() : null;
            }
            var title = r.GetProperty("title").GetString()!;
            list.Add(new UspstfRecommendation(
                r.GetProperty("id").GetInt32(), title, r.GetProperty("grade").ToString(),
                r.GetProperty("sex").GetString() ?? "men and women", age[0], age[1],
                r.GetProperty("risk").EnumerateArray().Select(x => risks.GetValueOrDefault(x.ToString(), x.ToString())).ToList(),
                StripHtml(r.GetProperty("text").GetString() ?? ""), topic ?? title.Split("--")[0].Trim(), year,
                r.TryGetProperty("bmi", out var b) ? b.ToString() : null));
        }
        return list;
    }

    private static string StripHtml(string html) => Whitespace().Replace(Tags().Replace(html.Replace("&nbsp;", " "), " "), " ").Trim();

    [GeneratedRegex("<[^>]+>")] private static partial Regex Tags();
    [GeneratedRegex(@"\s+")] private static partial Regex Whitespace();
}
