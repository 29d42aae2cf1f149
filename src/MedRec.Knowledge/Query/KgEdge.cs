namespace MedRec.Knowledge.Query;

/// <summary>A relation seen from one end: the neighbour and how it is linked.</summary>
public sealed record KgEdge(
    long HeadId, string Type, KgEntity Neighbour, string Source, double Confidence,
    string? Severity = null, string? Detail = null, double? Frequency = null, bool Outgoing = true);
