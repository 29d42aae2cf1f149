using System.Text;

namespace MedRec.Model.Tokenization;

/// <summary>
/// Byte-level BPE: ids 0..8 special tokens, 9..264 the 256 bytes, then one id per merge in training order.
/// Text is pre-split into chunks (<see cref="PreTokenizer"/>), each chunk's UTF-8 bytes are merged by rank
/// (lowest first, leftmost first). Decode(Encode(s)) == s for every valid UTF-16 string.
/// </summary>
public sealed class BpeTokenizer : ITokenizer
{
    private static readonly UTF8Encoding s_strictUtf8 = new(false, throwOnInvalidBytes: true);

    private readonly byte[][] _tokenBytes;
    private readonly Dictionary<long, (int Rank, int Id)> _merges = [];
    private readonly Dictionary<string, int[]> _cache = new(StringComparer.Ordinal);
    private readonly Lock _cacheLock = new();

    public IReadOnlyList<(int Left, int Right)> Merges { get; }
    public int VocabSize => _tokenBytes.Length;

    /// <param name="merges">Pairs in rank order; merge k creates id 265 + k.</param>
    public BpeTokenizer(IReadOnlyList<(int Left, int Right)> merges)
    {
        Merges = merges;
        var offset = SpecialTokens.ByteOffset;
        _tokenBytes = new byte[offset + 256 + merges.Count][];
        for (var i = 0; i < offset; i++) _tokenBytes[i] = Encoding.UTF8.GetBytes(SpecialTokens.All[i]);
        for (var b = 0; b < 256; b++) _tokenBytes[offset + b] = [(byte)b];
        for (var k = 0; k < merges.Count; k++)
        {
            var (l, r) = merges[k];
            var id = offset + 256 + k;
            if (l < offset || r < offset || l >= id || r >= id) throw new ArgumentException($"merge {k} uses an unknown or special id");
            _tokenBytes[id] = [.. _tokenBytes[l], .. _tokenBytes[r]];
            if (!_merges.TryAdd(Key(l, r), (k, id))) throw new ArgumentException($"merge {k} repeats an earlier pair");
        }
    }

    public static BpeTokenizer BytesOnly() => new([]);

    public int SpecialId(string token)
    {
        var i = SpecialTokens.IndexOf(token);
        return i >= 0 ? i : throw new KeyNotFoundException($"unknown special token '{token}'");
    }

    public ReadOnlySpan<byte> TokenBytes(int id) => _tokenBytes[id];

    public bool IsSpecial(int id) => id < SpecialTokens.ByteOffset;

    public int[] Encode(string text) => Encode(text, allowSpecial: false);

    public int[] Encode(string text, bool allowSpecial)
    {
        var ids = new List<int>(text.Length);
        if (!allowSpecial) { EncodeOrdinary(text, ids); return [.. ids]; }
        var start = 0;
        while (start < text.Length)
        {
            var (pos, special) = NextSpecial(text, start);
            EncodeOrdinary(text[start..pos], ids);
            if (special < 0) break;
            ids.Add(special);
            start = pos + SpecialTokens.All[special].Length;
        }
        return [.. ids];
    }

    public string Decode(ReadOnlySpan<int> ids)
    {
        var bytes = new List<byte>(ids.Length * 3);
        foreach (var id in ids)
        {
            if ((uint)id >= (uint)_tokenBytes.Length) throw new ArgumentOutOfRangeException(nameof(ids), $"token id {id} is outside the vocabulary");
            bytes.AddRange(_tokenBytes[id]);
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static (int Pos, int Special) NextSpecial(string text, int from)
    {
        var best = (Pos: text.Length, Special: -1);
        for (var s = 0; s < SpecialTokens.All.Count; s++)
        {
            var p = text.IndexOf(SpecialTokens.All[s], from, StringComparison.Ordinal);
            if (p >= 0 && p < best.Pos) best = (p, s);
        }
        return best;
    }

    private void EncodeOrdinary(string text, List<int> ids)
    {
        if (text.Length == 0) return;
        foreach (var chunk in PreTokenizer.Split(text))
        {
            int[]? cached;
            lock (_cacheLock) _cache.TryGetValue(chunk, out cached);
            if (cached is null)
            {
                byte[] bytes;
                try { bytes = s_strictUtf8.GetBytes(chunk); }
                catch (EncoderFallbackException) { throw new ArgumentException("text contains a lone UTF-16 surrogate; it has no UTF-8 form", nameof(text)); }
                cached = MergeChunk(bytes);
                lock (_cacheLock) { if (_cache.Count > 500_000) _cache.Clear(); _cache[chunk] = cached; }
            }
            ids.AddRange(cached);
        }
    }

    /// <summary>Applies merges in rank order with a heap over adjacent pairs and a linked list: O(n log n).</summary>
    private int[] MergeChunk(byte[] bytes)
    {
        var n = bytes.Length;
        var ids = new int[n];
        var next = new int[n];
        var prev = new int[n];
        for (var i = 0; i < n; i++) { ids[i] = SpecialTokens.ByteOffset + bytes[i]; next[i] = i + 1 < n ? i + 1 : -1; prev[i] = i - 1; }
        var heap = new PriorityQueue<int, long>();
        void Push(int pos)
        {
            if (pos >= 0 && next[pos] >= 0 && _merges.TryGetValue(Key(ids[pos], ids[next[pos]]), out var m))
                heap.Enqueue(pos, ((long)m.Rank << 32) | (uint)pos);
        }
        for (var i = 0; i + 1 < n; i++) Push(i);
        var alive = n;
        while (heap.TryDequeue(out var pos, out var prio))
        {
            var j = next[pos];
            if (ids[pos] < 0 || j < 0 || !_merges.TryGetValue(Key(ids[pos], ids[j]), out var m) || m.Rank != (int)(prio >> 32)) continue;
            ids[pos] = m.Id;
            ids[j] = -1;
            next[pos] = next[j];
            if (next[j] >= 0) prev[next[j]] = pos;
            alive--;
            Push(prev[pos]);
            Push(pos);
        }
        var result = new int[alive];
        for (int i = 0, k = 0; i >= 0 && k < alive; i = next[i]) result[k++] = ids[i];
        return result;
    }

    internal static long Key(int left, int right) => ((long)left << 32) | (uint)right;
}
