using MedRec.Core.Recommendations;
using MedRec.Tasks.Pipeline;

namespace MedRec.Cli.Commands;

/// <summary>The human-readable `medrec recommend` report: every item with its score and evidence.</summary>
internal static class CaseReportPrinter
{
    public static void Print(CaseReport r, TextWriter o)
    {
        o.WriteLine($"病例 {r.CaseId ?? "(无编号)"}  —  MedRec 知识图谱基线（仅供临床参考，不能替代医生诊断）");
        o.WriteLine("识别到的症状:");
        foreach (var f in r.Findings)
            o.WriteLine($"  {(f.Present ? "+" : "-")} {f.Name}" + (f.KgSymptom is { } k && k != f.Name ? $" → {k}" : "") +
                (f.Duration is null ? "" : $"  持续 {f.Duration}") + (f.BodySite is null ? "" : $"  部位 {f.BodySite}") + $"  [{f.Origin}]" +
                (f.KgSymptom is null ? "  (知识图谱未收录)" : ""));
        if (r.Unresolved.Count > 0) o.WriteLine($"未能对应到知识图谱: {string.Join("、", r.Unresolved)}");
        Section(o, "疾病推荐", r.Diagnoses, true);
        Section(o, "建议科室", r.Departments, false);
        Section(o, "检查推荐", r.Exams, true);
        Section(o, "建议追问", r.NextQuestions, false);
        Section(o, "药物推荐", r.Drugs, true);
        Section(o, "已排除的药物", r.RemovedDrugs, false);
        if (r.Warnings.Count > 0)
        {
            o.WriteLine("安全警示:");
            foreach (var w in r.Warnings) o.WriteLine($"  ! [{w.Kind}/{w.Severity}] {w.Message}" + (w.Source is null ? "" : $"  ({w.Source})"));
        }
        Section(o, "在用药物的已知副作用", r.SideEffects, false);
        foreach (var n in r.Notes) o.WriteLine($"注意: {n}");
    }

    private static void Section(TextWriter o, string title, IReadOnlyList<Recommendation> items, bool showScore)
    {
        if (items.Count == 0) return;
        o.WriteLine($"{title}:");
        var i = 0;
        foreach (var x in items)
        {
            o.WriteLine($"  {++i}. {x.Name}" + (x.Code is null ? "" : $" [{x.Code}]") + (showScore ? $"  {x.Score:P1}" : "") +
                (x.Flags.Count > 0 ? $"  ⚑ {string.Join("；", x.Flags)}" : ""));
            foreach (var e in x.Evidence) o.WriteLine($"       · {e.Text}" + (e.Source is null ? "" : $" ({e.Source})"));
        }
    }
}
