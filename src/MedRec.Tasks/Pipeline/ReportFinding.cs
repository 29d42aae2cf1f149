namespace MedRec.Tasks.Pipeline;

/// <summary>A finding as understood: name, present or denied, duration, body site, where it came from, KG match.</summary>
public sealed record ReportFinding(string Name, bool Present, string? Duration, string? BodySite, string Origin, string? KgSymptom);
