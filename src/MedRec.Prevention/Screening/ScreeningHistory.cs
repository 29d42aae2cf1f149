using MedRec.Core.Cases;

namespace MedRec.Prevention.Screening;

/// <summary>
/// When a screening was last done, from the record's procedures and observations, and how often it repeats.
/// Each topic lists codes (SNOMED, LOINC) and name fragments (English and Chinese) that count as the test.
/// </summary>
public static class ScreeningHistory
{
    private sealed record Test(string TopicPrefix, string[] Codes, string[] Names, int? IntervalMonths);

    private static readonly Test[] s_tests =
    [
        new("Colorectal Cancer", ["73761001", "310634005", "2335-8", "29771-3", "57905-2"], ["colonoscopy", "sigmoidoscopy", "occult blood", "fecal immunochemical", "结肠镜", "便潜血"], 120),
        new("Cervical Cancer", ["90226004", "10524-7", "19762-4", "71431-1"], ["cervical cytology", "pap ", "papanicolaou", "hpv", "宫颈"], 36),
        new("Breast Cancer: Screening", ["24623002", "71651007", "24606-6"], ["mammogra", "乳腺钼靶", "乳腺X线"], 24),
        new("Lung Cancer", ["16334891000119106"], ["low dose computed tomography", "ldct", "低剂量ct"], 12),
        new("Hypertension", ["85354-9", "8480-6", "8462-4"], ["blood pressure", "血压"], 12),
        new("Prediabetes", ["4548-4", "2339-0", "2345-7", "1558-6"], ["hemoglobin a1c", "glucose", "糖化血红蛋白", "血糖"], 36),
        new("Osteoporosis", ["312681000", "38269-7"], ["bone density", "dxa", "dexa", "骨密度"], 24),
        new("Human Immunodeficiency Virus", ["75622-1", "56888-1"], ["hiv"], null),
        new("Hepatitis C", ["13955-0", "40726-2"], ["hepatitis c", "丙肝"], null),
        new("Depression", ["44249-1", "55757-9", "89204-2"], ["phq", "depression screening", "抑郁"], 12),
        new("Unhealthy Alcohol", ["72109-2", "75624-7", "75626-2"], ["audit-c", "alcohol use"], 12),
        new("Obesity", ["39156-5"], ["body mass index", "bmi"], 12),
        new("Abdominal Aortic Aneurysm", ["431516008"], ["aortic aneurysm ultrasound", "aaa screening"], null),
    ];

    /// <summary>The last date the recommendation's test appears in the record, its repeat interval, or null when the topic has no test mapping.</summary>
    public static (DateOnly? Last, int? IntervalMonths, bool Known) Lookup(UspstfRecommendation rec, PatientCase c)
    {
        var test = s_tests.FirstOrDefault(t => rec.Title.StartsWith(t.TopicPrefix, StringComparison.OrdinalIgnoreCase));
        if (test is null) return (null, null, false);
        bool Match(string? code, string name) =>
            (code is not null && test.Codes.Contains(code)) || test.Names.Any(n => name.Contains(n, StringComparison.OrdinalIgnoreCase));
        var dates = c.Procedures.Where(p => Match(p.Code, p.Name)).Select(p => p.Date)
            .Concat(c.Observations.Where(o => Match(o.Code, o.Name)).Select(o => o.Date))
            .OfType<DateOnly>().ToList();
        return (dates.Count > 0 ? dates.Max() : null, test.IntervalMonths, true);
    }
}
