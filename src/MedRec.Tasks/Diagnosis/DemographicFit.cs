using MedRec.Core.Cases;

namespace MedRec.Tasks.Diagnosis;

/// <summary>
/// How plausible a disease is for the patient's age, sex and pregnancy, read from the disease name (小儿…, 妊娠…,
/// 前列腺…). Returns a log-multiplier: 0 when it fits or nothing is known, strongly negative when impossible.
/// Names are the signal the KG has for every disease; xywy's 易感人群 prose is too irregular to parse reliably.
/// </summary>
public static class DemographicFit
{
    private static readonly string[] s_child = ["小儿", "儿童", "婴儿", "婴幼儿", "新生儿", "幼儿"];
    private static readonly string[] s_newborn = ["新生儿"];
    private static readonly string[] s_elderly = ["老年"];
    private static readonly string[] s_pregnancy = ["妊娠", "孕", "产后", "产褥", "胎盘", "胎膜", "流产", "分娩", "羊水"];
    private static readonly string[] s_female = ["子宫", "卵巢", "宫颈", "阴道", "外阴", "输卵管", "月经", "痛经", "闭经", "乳腺", "盆腔炎", "白带", "更年期"];
    private static readonly string[] s_male = ["前列腺", "睾丸", "阴茎", "阴囊", "精索", "包皮", "早泄", "阳痿", "精液", "附睾"];

    public const double Impossible = -8;

    public static double LogFit(string disease, Sex sex, double? age, bool? pregnant)
    {
        double fit = 0;
        if (age is { } a)
        {
            if (Has(disease, s_newborn) && a > 0.25) fit += Impossible;
            else if (Has(disease, s_child) && a >= 18) fit += -6;
            if (Has(disease, s_elderly) && a < 45) fit += -3;
        }
        if (Has(disease, s_pregnancy))
        {
            if (sex == Sex.Male || pregnant == false || age is < 12 or > 55) fit += Impossible;
            else if (pregnant is null) fit += -1;
        }
        if (sex == Sex.Male && Has(disease, s_female)) fit += Impossible;
        if (sex == Sex.Female && Has(disease, s_male)) fit += Impossible;
        return fit;
    }

    /// <summary>A short reason for a strong mismatch (shown as evidence), or null.</summary>
    public static string? Explain(string disease, Sex sex, double? age, bool? pregnant) =>
        LogFit(disease, sex, age, pregnant) switch
        {
            <= Impossible => "与患者年龄/性别/妊娠状态不符",
            < -2 => "与患者年龄不太相符",
            _ => null,
        };

    private static bool Has(string name, string[] terms) => terms.Any(t => name.Contains(t, StringComparison.Ordinal));
}
