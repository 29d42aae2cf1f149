using System.Text.Json;

namespace MedRec.Training.Corpus.Sources;

/// <summary>寻医问药 disease pages: overview, causes, symptoms, prevention, nursing, diet — one document per disease.</summary>
public sealed class XywySource : ICorpusSource
{
    public string Name => "xywy";
    public IReadOnlyList<string> Files => ["xywy-disease-kg/medical.jsonl.gz"];

    public IEnumerable<string> Documents(string dataDir)
    {
        foreach (var d in SourceIo.JsonLines(Path.Combine(dataDir, Files[0])))
        {
            var g = d.TryGetProperty("gaishu_info", out var gi) ? gi : default;
            var name = SourceIo.Text(g, "name").Trim();
            var hidden = HoldOutRule.IsHoldOutDisease(name);
            var sym = d.TryGetProperty("symptom_data", out var sd) ? sd : default;
            var food = d.TryGetProperty("food_info", out var fi) ? fi : default;
            var doc = new DocumentText()
                .Line(name)
                .Field("概述", SourceIo.Text(g, "desc"))
                .Field("易感人群", SourceIo.Text(g, "susceptible_people"))
                .Field("传染方式", SourceIo.Text(g, "transmission_way"))
                .Field("并发症", SourceIo.Text(g, "has_complication"))
                .Field("就诊科室", SourceIo.Text(g, "belongs_to_department"))
                .Field("治疗方式", SourceIo.Text(g, "treat_way"))
                .Field("治疗周期", SourceIo.Text(g, "treat_cycle"))
                .Field("治愈率", SourceIo.Text(g, "cure_prob"))
                .Field("常用药品", hidden ? "" : SourceIo.Text(g, "common_drug"))
                .Field("病因", SourceIo.Text(d, "cause_info"))
                .Field("典型症状", SourceIo.Text(sym, "symptoms"))
                .Field("症状", SourceIo.Paragraphs(sym, "symptom_detail"))
                .Field("检查", hidden ? "" : SourceIo.Text(d, "inspect_info"))
                .Field("预防", SourceIo.Text(d, "prevent_info"))
                .Field("护理", SourceIo.Text(d, "nursing_info"))
                .Field("饮食宜", SourceIo.Text(food, "good_diet_text"))
                .Field("饮食忌", SourceIo.Text(food, "avoid_diet_text"))
                .Field("宜吃", SourceIo.Text(food, "good_food"))
                .Field("忌吃", SourceIo.Text(food, "avoid_food"))
                .Field("推荐食谱", SourceIo.Text(food, "recommand_recipes"));
            yield return doc.ToString();
        }
    }
}
