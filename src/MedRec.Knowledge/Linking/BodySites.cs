namespace MedRec.Knowledge.Linking;

/// <summary>Body locations named in text (左下腹, 头部, 胸口 …), longest match first.</summary>
public static class BodySites
{
    private static readonly string[] s_sites =
    [
        "左下腹", "右下腹", "左上腹", "右上腹", "上腹部", "下腹部", "小腹", "上腹", "下腹", "腹部", "肚子", "胃部", "胸口", "胸部",
        "胸", "头部", "前额", "后脑勺", "太阳穴", "头", "颈部", "脖子", "咽喉", "喉咙", "嗓子", "腰部", "腰", "背部", "后背",
        "膝关节", "膝盖", "关节", "四肢", "双下肢", "下肢", "上肢", "手指", "手", "脚", "足", "眼睛", "眼", "耳朵", "耳", "鼻子",
        "鼻", "口腔", "牙龈", "牙齿", "皮肤", "肛门", "尿道", "阴道", "乳房", "肝区", "心前区", "全身",
    ];

    /// <summary>The body site inside or just before the entity's clause, if any.</summary>
    public static string? Near(string text, int start, int length)
    {
        var clauseStart = text.LastIndexOfAny(Negation.ClauseBreaks.ToCharArray(), Math.Max(0, start - 1)) + 1;
        var end = Math.Min(text.Length, start + length);
        var span = text[clauseStart..end];
        foreach (var site in s_sites)
            if (span.Contains(site, StringComparison.Ordinal)) return site;
        return null;
    }
}
