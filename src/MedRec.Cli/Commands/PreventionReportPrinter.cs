using MedRec.Prevention.Reports;
using MedRec.Prevention.Screening;

namespace MedRec.Cli.Commands;

/// <summary>The clinician-readable `medrec prevention` report.</summary>
internal static class PreventionReportPrinter
{
    public static void Print(PreventionReport r, TextWriter o)
    {
        o.WriteLine($"预防保健报告  患者 {r.PatientId ?? "(无编号)"}  截至 {r.AsOf:yyyy-MM-dd}  年龄 {r.Age?.ToString() ?? "未知"}  性别 {r.Sex}");
        foreach (var (title, key) in new[] { ("推荐（USPSTF A/B 级）", "recommended"), ("视危险因素而定", "conditional"), ("共同决策（C 级）", "shared_decision"), ("不建议（D 级）", "do_not_do") })
        {
            var items = r.Screenings.Where(s => s.Applicability == key).ToList();
            if (items.Count == 0) continue;
            o.WriteLine($"{title}:");
            foreach (var s in items)
            {
                o.WriteLine($"  - {TopicNames.Chinese(s.Recommendation.Title)} | {s.Recommendation.Title}  [{Due(s)}]");
                o.WriteLine($"      理由: {string.Join("；", s.Reasons)}");
                o.WriteLine($"      依据: {s.Recommendation.Citation}");
            }
        }
        var vaccines = r.Immunizations.Where(i => i.Due is "overdue" or "due" or "may_give").ToList();
        if (r.Immunizations.Count > 0)
        {
            o.WriteLine($"疫苗接种（CDC CDSi）: {vaccines.Count} 组可接种或应接种，其余 {r.Immunizations.Count - vaccines.Count} 组已完成或暂不需要");
            foreach (var i in vaccines)
                o.WriteLine($"  - {i.VaccineGroup} 第 {i.DoseNumber} 剂  [{(i.Due == "overdue" ? "已逾期" : i.Due == "due" ? "应接种" : "可接种")}]  最早 {i.Earliest:yyyy-MM-dd}  推荐 {i.Recommended:yyyy-MM-dd}  逾期 {i.PastDue:yyyy-MM-dd}  (CDC CDSi 4.64)");
        }
        if (r.Lifestyle.Count > 0)
        {
            o.WriteLine("生活方式与疾病预防:");
            foreach (var l in r.Lifestyle) o.WriteLine($"  - [{l.Condition}] {l.Text} ({l.Source})");
        }
        if (r.UnmappedConditions.Count > 0) o.WriteLine($"知识图谱中未找到的诊断（无生活方式建议）: {string.Join("、", r.UnmappedConditions.Take(10))}");
        foreach (var n in r.Notes) o.WriteLine($"注意: {n}");
        o.WriteLine();
    }

    private static string Due(ScreeningItem s) => s.Due switch
    {
        "due" => "应做（记录中未见）",
        "overdue" => $"已逾期（上次 {s.LastDone:yyyy-MM-dd}，应于 {s.NextDue:yyyy-MM-dd}）",
        "up_to_date" => $"按时（上次 {s.LastDone:yyyy-MM-dd}，下次 {s.NextDue:yyyy-MM-dd}）",
        "once_done" => $"已做过（{s.LastDone:yyyy-MM-dd}）",
        "not_applicable" => "不做",
        _ => "记录中无法判断",
    };
}
