using System.Text.Json;
using MedRec.Core.Common;

namespace MedRec.Knowledge.Build.Cmdd;

/// <summary>
/// ChineseBLUE CMDD dialogues (train/dev/test) and the surfaces mined from a split's BIO spans: each
/// annotated span text maps to the normalised symptom at the same index in the sentence.
/// </summary>
public static class CmddLoader
{
    public static IReadOnlyList<CmddDialogue> Load(string dataDir, string split)
    {
        if (split is not ("train" or "dev" or "test")) throw new MedRecException($"unknown CMDD split '{split}' (train, dev or test)");
        var path = Path.Combine(dataDir, "chineseblue", "data", "CMDD", split + ".jsonl");
        var list = new List<CmddDialogue>();
        using var reader = new StreamReader(DataPaths.OpenData(path));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var sentences = root.GetProperty("dialogue-content").EnumerateArray().Select(t =>
            {
                var names = t.GetProperty("normalized").EnumerateArray().Select(x => x.GetString() ?? "").ToList();
                var types = t.GetProperty("type").EnumerateArray().Select(x => int.TryParse(x.ToString(), out var v) ? v : 3).ToList();
                var gold = names.Select((n, i) => (n, i < types.Count ? types[i] : 3)).Where(g => g.n.Length > 0).ToList();
                return new CmddSentence(t.GetProperty("speaker").GetString() ?? "", t.GetProperty("sentence").GetString() ?? "",
                    t.GetProperty("label").GetString() ?? "", gold);
            }).ToList();
            list.Add(new CmddDialogue(root.GetProperty("example-id").ToString(), sentences));
        }
        return list;
    }

    /// <summary>
    /// Surface → normalised symptom from the annotated spans (the most frequent normalisation wins). A surface is
    /// kept only when annotators marked it in at least <paramref name="minAnnotationRate"/> of the sentences that
    /// contain it and it shares a character with its normalisation — this drops misaligned spans ("有没有" → 痰)
    /// and words that are rarely symptoms in context (医生, 感染).
    /// </summary>
    public static Dictionary<string, string> MineSurfaces(IReadOnlyList<CmddDialogue> dialogues, double minAnnotationRate = 0.3)
    {
        var counts = new Dictionary<(string Surface, string Norm), int>();
        foreach (var s in dialogues.SelectMany(d => d.Sentences))
        {
            var spans = Spans(s.Text, s.Bio);
            if (spans.Count != s.Gold.Count) continue; // misaligned annotation: skip rather than guess
            for (var i = 0; i < spans.Count; i++)
            {
                var key = (spans[i], s.Gold[i].Symptom);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var kept = counts.GroupBy(c => c.Key.Surface).Select(g => (Surface: g.Key,
                Norm: g.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Norm, StringComparer.Ordinal).First().Key.Norm))
            .Where(x => x.Surface.Any(x.Norm.Contains) && !x.Surface.Any(c => char.IsPunctuation(c) || char.IsWhiteSpace(c)))
            .ToDictionary(x => x.Surface, x => x.Norm);
        var rarely = RarelyAnnotated(dialogues, kept.Keys, minSentences: 1, maxRate: minAnnotationRate, minLength: 1)
            .Concat(RarelyAnnotated(dialogues, kept.Keys.Where(k => k.Length == 1), minSentences: 1, maxRate: 0.5, minLength: 1)).ToHashSet();
        foreach (var (surface, norm) in kept)
            if (!rarely.Contains(surface)) result[surface] = norm;
        return result;
    }

    /// <summary>
    /// Candidate surfaces that the annotators almost never marked where they occur (医生, 炎症, 肺部 …): each occurs
    /// in at least <paramref name="minSentences"/> sentences and lies inside an annotated span in under
    /// <paramref name="maxRate"/> of them. The linker skips them in dialogue text.
    /// </summary>
    public static List<string> RarelyAnnotated(IReadOnlyList<CmddDialogue> dialogues, IEnumerable<string> candidates, int minSentences = 10, double maxRate = 0.2, int minLength = 2)
    {
        var sentences = dialogues.SelectMany(d => d.Sentences).Select(s =>
        {
            var covered = new bool[s.Text.Length];
            var n = Math.Min(s.Text.Length, s.Bio.Length);
            for (var i = 0; i < n; i++) covered[i] = s.Bio[i] is 'B' or 'I';
            return (s.Text, covered);
        }).ToList();
        var result = new List<string>();
        foreach (var c in candidates.Where(c => c.Length >= minLength).Distinct())
        {
            int containing = 0, inSpan = 0;
            foreach (var (text, covered) in sentences)
            {
                var at = text.IndexOf(c, StringComparison.Ordinal);
                if (at < 0) continue;
                containing++;
                if (covered[at]) inSpan++;
            }
            if (containing >= minSentences && (double)inSpan / containing < maxRate) result.Add(c);
        }
        return result;
    }

    public static List<string> Spans(string text, string bio)
    {
        var spans = new List<string>();
        var n = Math.Min(text.Length, bio.Length);
        for (var i = 0; i < n; i++)
        {
            if (bio[i] != 'B') continue;
            var j = i + 1;
            while (j < n && bio[j] == 'I') j++;
            spans.Add(text[i..j]);
            i = j - 1;
        }
        return spans;
    }
}
