namespace MedRec.Eval.LanguageModel;

/// <summary>
/// Character n-gram model with interpolated Kneser-Ney smoothing (one absolute discount per order,
/// D = n1 / (n1 + 2 n2)). The highest order uses raw counts, lower orders continuation counts (how many distinct
/// characters precede the n-gram). Below the unigram sits a uniform distribution over the training characters plus one
/// "unseen" class, whose mass is shared evenly by every Unicode scalar value not seen in training, so
/// probabilities over all of Unicode sum to 1.
/// </summary>
public sealed class KneserNeyModel
{
    private readonly Dictionary<ulong, int>[] _values;
    private readonly Dictionary<ulong, (long Den, int Types)>[] _contexts;
    private readonly double[] _discounts;
    private readonly HashSet<int> _vocabulary;

    internal KneserNeyModel(int order, HashSet<int> vocabulary, Dictionary<ulong, int>[] values,
        Dictionary<ulong, (long Den, int Types)>[] contexts, double[] discounts)
    {
        Order = order;
        _vocabulary = vocabulary;
        _values = values;
        _contexts = contexts;
        _discounts = discounts;
    }

    public int Order { get; }
    public int VocabularySize => _vocabulary.Count;
    public IReadOnlyList<double> Discounts => _discounts;
    public IReadOnlyCollection<int> Vocabulary => _vocabulary;

    /// <summary>P(c | the last Order-1 code points of <paramref name="context"/>).</summary>
    public double Probability(ReadOnlySpan<int> context, int c)
    {
        if (context.Length > Order - 1) context = context[^(Order - 1)..];
        if (_vocabulary.Contains(c)) return Interpolated(context, c);
        return Interpolated(context, -1) / (CodePoints.UnicodeScalars - _vocabulary.Count);
    }

    /// <summary>Mass of all characters never seen in training, after <paramref name="context"/>.</summary>
    public double UnseenMass(ReadOnlySpan<int> context) =>
        Interpolated(context.Length > Order - 1 ? context[^(Order - 1)..] : context, -1);

    /// <summary>Total negative log2-probability of a code-point stream (each predicted from what precedes it).</summary>
    public double Bits(ReadOnlySpan<int> text)
    {
        double bits = 0;
        for (var i = 0; i < text.Length; i++)
            bits -= Math.Log2(Probability(text[Math.Max(0, i - Order + 1)..i], text[i]));
        return bits;
    }

    /// <summary>c = -1 means "the unseen class".</summary>
    private double Interpolated(ReadOnlySpan<int> context, int c)
    {
        var p = 1.0 / (_vocabulary.Count + 1);
        Span<int> gram = stackalloc int[Order];
        for (var m = 1; m <= context.Length + 1; m++)
        {
            var h = context[(context.Length - (m - 1))..];
            if (!_contexts[m].TryGetValue(NGramHash.Of(h), out var ctx) || ctx.Den == 0) continue;
            var v = 0;
            if (c >= 0)
            {
                h.CopyTo(gram);
                gram[m - 1] = c;
                v = _values[m].GetValueOrDefault(NGramHash.Of(gram[..m]));
            }
            var d = _discounts[m];
            p = Math.Max(v - d, 0) / ctx.Den + d * ctx.Types / ctx.Den * p;
        }
        return p;
    }
}
