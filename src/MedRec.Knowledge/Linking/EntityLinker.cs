using JiebaNet.Segmenter;

namespace MedRec.Knowledge.Linking;

/// <summary>
/// Finds lexicon entities in Chinese text: jieba tokens give word boundaries; at each position the longest
/// lexicon surface that ends on a boundary wins (one that cuts a word is kept with lower confidence); unmatched
/// tokens get one-substitution fuzzy matches when enabled (off by default: it costs precision, see docs/results/linking.md). Each hit carries negation, duration and body site.
/// </summary>
public sealed class EntityLinker
{
    private readonly Lexicon _lexicon;
    private readonly JiebaSegmenter? _jieba;
    private readonly FuzzyIndex? _fuzzy;

    public EntityLinker(Lexicon lexicon, bool useJieba = true, bool useFuzzy = false)
    {
        _lexicon = lexicon;
        _jieba = useJieba ? JiebaSegmenterFactory.Create(lexicon.Surfaces) : null;
        _fuzzy = useFuzzy ? new FuzzyIndex(lexicon.Surfaces.Where(s => lexicon.TryGet(s, out var e) && e.Type == "symptom")) : null;
    }

    public Lexicon Lexicon => _lexicon;

    /// <summary>Maximum text length linked in one call; longer input is linked clause by clause up to this many characters.</summary>
    public const int MaxChars = 100_000;

    public IReadOnlyList<LinkedEntity> Link(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        if (text.Length > MaxChars) text = text[..MaxChars];
        var boundaries = Boundaries(text);
        var found = new List<LinkedEntity>();
        var covered = new bool[text.Length];
        for (var pos = 0; pos < text.Length;)
        {
            var (len, entry, conf) = LongestAt(text, pos, boundaries);
            if (entry is null) { pos++; continue; }
            found.Add(Make(text, pos, len, entry, conf));
            for (var k = pos; k < pos + len; k++) covered[k] = true;
            pos += len;
        }
        if (_fuzzy is not null && _jieba is not null) found.AddRange(FuzzyHits(text, covered));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private (int Len, LexiconEntry? Entry, double Conf) LongestAt(string text, int pos, HashSet<int>? boundaries)
    {
        (int, LexiconEntry?, double) cutting = (0, null, 0);
        var max = Math.Min(_lexicon.MaxLength, text.Length - pos);
        for (var len = max; len >= 1; len--)
        {
            if (!_lexicon.TryGet(text.Substring(pos, len), out var e)) continue;
            var aligned = boundaries is null || (boundaries.Contains(pos) && boundaries.Contains(pos + len));
            if (aligned) return (len, e, 1.0);
            if (cutting.Item2 is null && len > 1) cutting = (len, e, 0.8); // a single character inside a word (止痛药) is not a finding
        }
        return cutting;
    }

    private IEnumerable<LinkedEntity> FuzzyHits(string text, bool[] covered)
    {
        var pos = 0;
        foreach (var token in _jieba!.Cut(text, false, true))
        {
            var start = pos;
            pos += token.Length;
            if (token.Length < 3 || Enumerable.Range(start, token.Length).Any(i => covered[i])) continue;
            if (_fuzzy!.Find(token) is { } surface && _lexicon.TryGet(surface, out var e))
                yield return Make(text, start, token.Length, e, 0.6);
        }
    }

    private HashSet<int>? Boundaries(string text)
    {
        if (_jieba is null) return null;
        var set = new HashSet<int> { 0 };
        var pos = 0;
        foreach (var token in _jieba.Cut(text, false, true)) set.Add(pos += token.Length);
        return set;
    }

    private static LinkedEntity Make(string text, int start, int len, LexiconEntry e, double confidence)
    {
        var duration = e.Type == "symptom" ? DurationParser.Near(text, start + len)?.Text : null;
        var site = e.Type == "symptom" ? BodySites.Near(text, start, len) : null;
        return new LinkedEntity(text.Substring(start, len), e.Canonical, e.Type, !Negation.IsNegated(text, start),
            start, len, duration, site, confidence);
    }

    /// <summary>
    /// Link every turn of a dialogue; a doctor's question answered by a short yes/no in the next patient turn
    /// takes its presence from the answer ("有发烧吗？" / "没有" → 发热 absent).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<LinkedEntity>> LinkDialogue(IReadOnlyList<(string Speaker, string Text)> turns)
    {
        var result = new List<IReadOnlyList<LinkedEntity>>(turns.Count);
        for (var i = 0; i < turns.Count; i++)
        {
            var entities = Link(turns[i].Text);
            if (entities.Count > 0 && IsDoctor(turns[i].Speaker) && NextPatientAnswer(turns, i) is var answer && answer != 0)
                entities = entities.Select(e => e.Type == "symptom" && !Negation.IsNegated(turns[i].Text, e.Start) ? e with { Present = answer > 0 } : e).ToList();
            result.Add(entities);
        }
        return result;
    }

    private static int NextPatientAnswer(IReadOnlyList<(string Speaker, string Text)> turns, int i)
    {
        for (var j = i + 1; j < turns.Count && j <= i + 2; j++)
            if (!IsDoctor(turns[j].Speaker)) return Negation.Answer(turns[j].Text);
        return 0;
    }

    public static bool IsDoctor(string speaker) => speaker is "医生" or "doctor" or "Doctor" or "医" or "assistant";
}
