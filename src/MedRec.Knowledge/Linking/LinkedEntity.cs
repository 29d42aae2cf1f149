namespace MedRec.Knowledge.Linking;

/// <summary>One entity found in text. <see cref="Present"/> is false when the text negates it (无发热).</summary>
public sealed record LinkedEntity(
    string Surface, string Canonical, string Type, bool Present, int Start, int Length,
    string? Duration = null, string? BodySite = null, double Confidence = 1.0);
