namespace MedRec.Eval.LanguageModel;

/// <summary>
/// Conversions to bits per character (BPC), the unit shared by the anchors and the model. "Characters" are the
/// Unicode scalar values of val.txt as written (document separators included; see <see cref="CodePoints"/>).
/// For a model scored on the val token stream (documents followed by &lt;/s&gt;, which stands for the separator),
/// pass the summed negative log-likelihood in nats of every token, &lt;/s&gt; included.
/// </summary>
public static class BitsPerChar
{
    public static double FromNats(double totalNats, long chars)
    {
        if (chars <= 0) throw new ArgumentOutOfRangeException(nameof(chars), "need at least one character");
        return totalNats / Math.Log(2) / chars;
    }

    public static double FromBits(double totalBits, long chars) => FromNats(totalBits * Math.Log(2), chars);

    /// <summary>From the mean per-token loss (nats), as trainers usually report it.</summary>
    public static double FromMeanTokenLoss(double meanNats, long tokens, long chars) => FromNats(meanNats * tokens, chars);
}
