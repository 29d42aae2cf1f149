using System.Text;
using MedRec.Model.Tokenization;

namespace MedRec.Model.Tests.Tokenization;

/// <summary>The incremental trainer and the heap encoder against a slow, obvious minbpe-style reference.</summary>
public class BpeReferenceTests
{
    private static List<List<int>> Chunks(IEnumerable<string> texts) =>
        texts.SelectMany(PreTokenizer.Split).Select(c => Encoding.UTF8.GetBytes(c).Select(b => SpecialTokens.ByteOffset + b).ToList()).ToList();

    /// <summary>Recount every pair after every merge; most frequent wins, ties to the smallest (left, right).</summary>
    private static List<(int, int)> NaiveTrain(IEnumerable<string> texts, int merges)
    {
        var words = Chunks(texts);
        var result = new List<(int, int)>();
        for (var m = 0; m < merges; m++)
        {
            var counts = new Dictionary<(int, int), long>();
            foreach (var w in words)
                for (var i = 0; i + 1 < w.Count; i++) counts[(w[i], w[i + 1])] = counts.GetValueOrDefault((w[i], w[i + 1])) + 1;
            if (counts.Count == 0) break;
            var best = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2).First();
            if (best.Value < 2) break;
            result.Add(best.Key);
            var id = SpecialTokens.ByteOffset + 256 + m;
            foreach (var w in words) MergeAll(w, best.Key, id);
        }
        return result;
    }

    private static void MergeAll(List<int> w, (int, int) pair, int id)
    {
        for (var i = 0; i + 1 < w.Count; i++)
            if (w[i] == pair.Item1 && w[i + 1] == pair.Item2) { w[i] = id; w.RemoveAt(i + 1); }
    }

    /// <summary>minbpe encode: repeatedly merge every occurrence of the lowest-ranked pair present.</summary>
    private static List<int> NaiveEncode(IReadOnlyList<(int Left, int Right)> merges, string text)
    {
        var rank = merges.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var all = new List<int>();
        foreach (var w in Chunks([text]))
        {
            while (true)
            {
                var best = Enumerable.Range(0, Math.Max(0, w.Count - 1)).Select(i => rank.GetValueOrDefault((w[i], w[i + 1]), int.MaxValue)).DefaultIfEmpty(int.MaxValue).Min();
                if (best == int.MaxValue) break;
                MergeAll(w, merges[best], SpecialTokens.ByteOffset + 256 + best);
            }
            all.AddRange(w);
        }
        return all;
    }

    [Fact]
    public void TrainerMatchesNaiveReference()
    {
        var texts = TokenizerFixture.Texts.Concat(["aaaa aaa aaaaa", "哈哈哈哈哈哈", "abababab abab"]).ToArray();
        var fast = BpeTrainer.Train(texts, vocabSize: SpecialTokens.ByteOffset + 256 + 120);
        var naive = NaiveTrain(texts, 120);
        Assert.Equal(naive, fast.Merges.Select(m => (m.Left, m.Right)).ToList());
    }

    [Fact]
    public void EncoderMatchesNaiveReference()
    {
        var t = BpeTrainer.Train(Enumerable.Repeat(TokenizerFixture.Texts, 5).SelectMany(x => x), vocabSize: 500);
        foreach (var s in TokenizerFixture.Texts.Append("血压血压血压 aaaa 头痛头痛, hypertension!! 150/95"))
            Assert.Equal(NaiveEncode(t.Merges, s), t.Encode(s));
    }
}
