namespace MedRec.Knowledge.Query;

/// <summary>One clinical edge seen from its disease: the tail and where the fact comes from.</summary>
public sealed record KgLink(long Tail, string Source, double Confidence)
{
    public KgLink Merge(KgLink other) =>
        this with { Source = Source.Contains(other.Source, StringComparison.Ordinal) ? Source : $"{Source},{other.Source}", Confidence = Math.Max(Confidence, other.Confidence) };
}
