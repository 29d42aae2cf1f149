namespace MedRec.Knowledge.Build;

/// <summary>
/// Lay ↔ clinical symptom wording. Used both ways: to add aliases to KG symptoms (头痛 gets 头疼) and to
/// normalise free text before lookup. Character-level rewrites cover whole families (X疼 → X痛).
/// </summary>
public static class SymptomSynonyms
{
    /// <summary>Whole-term synonyms: colloquial → canonical.</summary>
    public static readonly IReadOnlyDictionary<string, string> Terms = new Dictionary<string, string>
    {
        ["发烧"] = "发热", ["高烧"] = "高热", ["低烧"] = "低热", ["拉肚子"] = "腹泻", ["拉稀"] = "腹泻",
        ["肚子疼"] = "腹痛", ["肚子痛"] = "腹痛", ["胃疼"] = "胃痛", ["嗓子疼"] = "咽痛", ["嗓子痛"] = "咽痛",
        ["喉咙痛"] = "咽痛", ["喉咙疼"] = "咽痛", ["咽喉痛"] = "咽痛", ["流鼻涕"] = "流涕", ["流清涕"] = "流涕",
        ["鼻子不通"] = "鼻塞", ["鼻子堵"] = "鼻塞", ["想吐"] = "恶心", ["吐"] = "呕吐", ["头晕目眩"] = "头晕",
        ["喘不上气"] = "呼吸困难", ["气短"] = "气促", ["喘气"] = "气喘", ["没胃口"] = "食欲不振",
        ["不想吃饭"] = "食欲不振", ["吃不下饭"] = "食欲不振", ["睡不着"] = "失眠", ["心慌"] = "心悸",
        ["出虚汗"] = "盗汗", ["起疹子"] = "皮疹", ["出疹子"] = "皮疹", ["痒"] = "瘙痒", ["拉血"] = "便血",
        ["咳痰"] = "咳痰", ["有痰"] = "咳痰", ["浑身没劲"] = "乏力", ["没力气"] = "乏力", ["累"] = "乏力",
        ["打喷嚏"] = "喷嚏", ["尿频尿急"] = "尿频", ["便秘"] = "便秘", ["大便干"] = "便秘",
    };

    /// <summary>Character rewrites applied to whole terms (both directions give aliases).</summary>
    private static readonly (string Lay, string Clinical)[] s_chars = [("疼", "痛"), ("烧", "热")];

    /// <summary>Canonical form of a colloquial term; the term itself when none is known.</summary>
    public static string Normalise(string term)
    {
        if (Terms.TryGetValue(term, out var c)) return c;
        foreach (var (lay, clinical) in s_chars)
            if (term.Length >= 2 && term.EndsWith(lay, StringComparison.Ordinal) && lay == "疼")
                return term[..^1] + clinical;
        return term;
    }

    /// <summary>Lay variants of a canonical symptom name (头痛 → 头疼).</summary>
    public static IEnumerable<string> LayVariants(string canonical)
    {
        foreach (var (lay, clinical) in s_chars)
            if (canonical.Length >= 2 && canonical.Contains(clinical, StringComparison.Ordinal) && clinical == "痛")
                yield return canonical.Replace(clinical, lay, StringComparison.Ordinal);
        foreach (var (k, v) in Terms)
            if (v == canonical && k != canonical) yield return k;
    }
}
