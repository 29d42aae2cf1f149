using System.Text;

namespace MedRec.Model.Tokenization;

/// <summary>
/// Trains <see cref="BpeTokenizer"/> merges (minbpe's algorithm, made incremental): count pre-tokenized chunks,
/// keep pair counts and, per pair, the chunks that contain it; after each merge only those chunks are rewritten and
/// only the changed pair counts are updated. A lazy max-heap picks the next pair (ties: lowest ids first).
/// </summary>
public static class BpeTrainer
{
    public const int DefaultVocabSize = 8000;

    public static BpeTokenizer Train(IEnumerable<string> texts, int vocabSize = DefaultVocabSize, int minPairCount = 2, Action<int, int>? progress = null)
    {
        var baseSize = SpecialTokens.ByteOffset + 256;
        if (vocabSize < baseSize) throw new ArgumentOutOfRangeException(nameof(vocabSize), $"vocabulary must hold at least {baseSize} tokens");
        var chunkCounts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var t in texts)
            foreach (var c in PreTokenizer.Split(t))
                chunkCounts[c] = chunkCounts.GetValueOrDefault(c) + 1;

        var words = new List<int[]>(chunkCounts.Count);
        var lengths = new List<int>(chunkCounts.Count);
        var counts = new List<long>(chunkCounts.Count);
        foreach (var (chunk, n) in chunkCounts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var b = Encoding.UTF8.GetBytes(chunk);
            if (b.Length < 2) continue;
            words.Add(b.Select(x => SpecialTokens.ByteOffset + x).ToArray());
            lengths.Add(b.Length);
            counts.Add(n);
        }

        var pairCount = new Dictionary<long, long>();
        var where = new Dictionary<long, HashSet<int>>();
        for (var w = 0; w < words.Count; w++)
            for (var i = 0; i + 1 < lengths[w]; i++)
            {
                var k = BpeTokenizer.Key(words[w][i], words[w][i + 1]);
                pairCount[k] = pairCount.GetValueOrDefault(k) + counts[w];
                (where.TryGetValue(k, out var set) ? set : where[k] = []).Add(w);
            }
        var heap = new PriorityQueue<long, (long NegCount, long Pair)>();
        foreach (var (k, c) in pairCount) heap.Enqueue(k, (-c, k));

        var merges = new List<(int, int)>();
        var tokenBytes = Enumerable.Range(0, baseSize).Select(i => i < SpecialTokens.ByteOffset ? [] : new[] { (byte)(i - SpecialTokens.ByteOffset) }).ToList();
        var delta = new Dictionary<long, long>();
        while (baseSize + merges.Count < vocabSize && heap.TryDequeue(out var pair, out var prio))
        {
            var current = pairCount.GetValueOrDefault(pair);
            if (current != -prio.NegCount) { if (current > 0) heap.Enqueue(pair, (-current, pair)); continue; }
            if (current < minPairCount) break;
            var newId = baseSize + merges.Count;
            var (left, right) = ((int)(pair >> 32), (int)(uint)pair);
            if (SpellsSpecial(tokenBytes[left], tokenBytes[right])) { pairCount.Remove(pair); continue; }
            tokenBytes.Add([.. tokenBytes[left], .. tokenBytes[right]]);
            merges.Add((left, right));
            delta.Clear();
            // Order does not matter: the count changes are sums and "where" is a set.
            var touched = where[pair].ToArray();
            foreach (var w in touched) MergeWord(words[w], lengths, w, left, right, newId, counts[w], delta, where);
            foreach (var (k, d) in delta)
            {
                if (d == 0) continue;
                var c = pairCount.GetValueOrDefault(k) + d;
                if (c <= 0) pairCount.Remove(k); else pairCount[k] = c;
                if (d > 0) heap.Enqueue(k, (-c, k));
            }
            where.Remove(pair);
            progress?.Invoke(merges.Count, vocabSize - baseSize);
        }
        return new BpeTokenizer(merges);
    }

    /// <summary>
    /// Rewrites one chunk left to right, recording only the pair-count changes around each merge (times the chunk's
    /// count): the pair itself, (left neighbour, a) → (left neighbour, new), (b, right neighbour) → (new, right neighbour).
    /// The left neighbour is read after earlier merges in this chunk, so back-to-back occurrences ("abab") stay exact.
    /// </summary>
    private static void MergeWord(int[] s, List<int> lengths, int w, int left, int right, int newId, long count,
        Dictionary<long, long> delta, Dictionary<long, HashSet<int>> where)
    {
        var n = lengths[w];
        int m = 0, i = 0;
        while (i < n)
        {
            if (i + 1 < n && s[i] == left && s[i + 1] == right)
            {
                Add(delta, BpeTokenizer.Key(left, right), -count);
                if (m > 0)
                {
                    Add(delta, BpeTokenizer.Key(s[m - 1], left), -count);
                    Note(delta, where, BpeTokenizer.Key(s[m - 1], newId), count, w);
                }
                if (i + 2 < n)
                {
                    Add(delta, BpeTokenizer.Key(right, s[i + 2]), -count);
                    Note(delta, where, BpeTokenizer.Key(newId, s[i + 2]), count, w);
                }
                s[m++] = newId;
                i += 2;
            }
            else s[m++] = s[i++];
        }
        lengths[w] = m;
    }

    private static void Note(Dictionary<long, long> delta, Dictionary<long, HashSet<int>> where, long key, long count, int w)
    {
        Add(delta, key, count);
        (where.TryGetValue(key, out var set) ? set : where[key] = []).Add(w);
    }

    /// <summary>A token spelling a special token would clash with it in tokenizer.json's vocab.</summary>
    private static bool SpellsSpecial(byte[] a, byte[] b) =>
        SpecialTokens.All.Any(t => Encoding.UTF8.GetBytes(t).AsSpan().SequenceEqual([.. a, .. b]));

    private static void Add(Dictionary<long, long> d, long k, long v) => d[k] = d.GetValueOrDefault(k) + v;
}
