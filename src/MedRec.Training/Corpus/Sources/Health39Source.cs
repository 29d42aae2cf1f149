namespace MedRec.Training.Corpus.Sources;

/// <summary>39健康网 disease table rendered as short "field：value" documents (no prose upstream).</summary>
public sealed class Health39Source : ICorpusSource
{
    private static readonly string[] s_labels =
        ["疾病", "别名", "发病部位", "易感人群", "传染性", "医保", "就诊科室", "检查", "典型症状", "并发症", "治疗方法", "常用药品", "治疗周期", "治愈率", "治疗费用"];

    public string Name => "39health";
    public IReadOnlyList<string> Files => ["39health-disease-kg/data/disease.csv.gz"];

    public IEnumerable<string> Documents(string dataDir)
    {
        foreach (var row in SourceIo.CsvRows(Path.Combine(dataDir, Files[0])))
        {
            if (row.Length == 0 || string.IsNullOrWhiteSpace(row[0])) continue;
            var hidden = HoldOutRule.IsHoldOutDisease(row[0].Trim());
            var doc = new DocumentText();
            for (var i = 0; i < s_labels.Length && i < row.Length; i++)
            {
                if (hidden && s_labels[i] is "检查" or "常用药品") continue;
                var v = row[i].Trim();
                if (s_labels[i] == "常用药品") v = string.Join(" ", v.Split(' ').Where(x => !x.EndsWith("...", StringComparison.Ordinal)).Distinct());
                doc.Field(s_labels[i], v);
            }
            yield return doc.ToString();
        }
    }
}
