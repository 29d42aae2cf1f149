namespace MedRec.Eval.LanguageModel;

/// <summary>
/// The n-grams and contexts that scoring one text will look up. Fitting with them keeps only those table entries
/// (the discounts still come from all counts), so a 5-gram model of tens of millions of characters fits in memory.
/// </summary>
public sealed class NeededKeys
{
    internal HashSet<ulong>[] Values { get; }
    internal HashSet<ulong>[] Contexts { get; }

    private NeededKeys(int order)
    {
        Values = Enumerable.Range(0, order + 1).Select(_ => new HashSet<ulong>()).ToArray();
        Contexts = Enumerable.Range(0, order + 1).Select(_ => new HashSet<ulong>()).ToArray();
    }

    public static NeededKeys For(ReadOnlySpan<int> text, int order)
    {
        var k = new NeededKeys(order);
        for (var i = 0; i < text.Length; i++)
            for (var m = 1; m <= Math.Min(order, i + 1); m++)
            {
                k.Contexts[m].Add(NGramHash.Of(text.Slice(i - m + 1, m - 1)));
                k.Values[m].Add(NGramHash.Of(text.Slice(i - m + 1, m)));
            }
        return k;
    }
}
