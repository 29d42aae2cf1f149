namespace MedRec.Knowledge.Linking;

/// <summary>
/// Negation cues scoped to a clause: a cue negates the entities after it up to the next clause break
/// (，。；、！？) or a contrast word (但/但是/可是). 不 only negates when it directly precedes the entity.
/// </summary>
public static class Negation
{
    private static readonly string[] s_cues = ["没有", "否认", "不伴", "未见", "未有", "无明显", "无", "没", "未", "非", "排除"];
    private static readonly string[] s_contrast = ["但是", "但", "可是", "不过"];
    public const string ClauseBreaks = "，,。；;！!？?\n、";

    /// <summary>Whether the entity starting at <paramref name="start"/> is negated within its clause.</summary>
    public static bool IsNegated(string text, int start)
    {
        var clauseStart = text.LastIndexOfAny(ClauseBreaks.ToCharArray(), Math.Max(0, start - 1)) + 1;
        if (start > 0 && start - 1 >= clauseStart && text[start - 1] == '不') return true;
        var window = text[clauseStart..start];
        var lastCue = -1;
        foreach (var cue in s_cues)
        {
            var i = window.LastIndexOf(cue, StringComparison.Ordinal);
            if (i >= 0 && !IsFalseCue(window, i, cue)) lastCue = Math.Max(lastCue, i);
        }
        if (lastCue < 0) return false;
        foreach (var c in s_contrast)
            if (window.IndexOf(c, lastCue, StringComparison.Ordinal) > lastCue) return false;
        return true;
    }

    // 没事/无力/无法/无精打采: the cue is part of a word, not a negation.
    private static bool IsFalseCue(string window, int i, string cue)
    {
        var next = i + cue.Length < window.Length ? window[i + cue.Length] : '\0';
        return (cue == "无" && next is '力' or '法' or '精' or '聊' or '关') || (cue == "没" && next is '事' or '劲' or '力' or '精' or '胃');
    }

    private static readonly HashSet<string> s_no = ["没有", "没", "无", "不", "没有的", "没有呢", "没有啊", "没呢", "不是", "都没有", "否", "没有了", "不会", "没发现", "没有过", "没啊", "木有"];
    private static readonly HashSet<string> s_yes = ["有", "是", "是的", "对", "嗯", "有的", "有点", "有过", "会", "对的", "有一点"];

    /// <summary>+1 yes, -1 no, 0 neither, for a short answer to a question ("没有。" → -1; "是的，有一点" → +1).</summary>
    public static int Answer(string reply)
    {
        var t = reply.Trim().TrimEnd('。', '.', '！', '!', '，', ',', '~', '…', ' ');
        var comma = t.IndexOfAny(['，', ',']);
        if (comma > 0) t = t[..comma]; // "是的，有一点": the first clause answers
        if (t.Length == 0 || t.Length > 8) return 0;
        if (s_no.Contains(t) || (t.StartsWith("没有", StringComparison.Ordinal) && t.Length <= 4)) return -1;
        if (s_yes.Contains(t) || (t.StartsWith('有') && t.Length <= 3)) return 1;
        return 0;
    }
}
