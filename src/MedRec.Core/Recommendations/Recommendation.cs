namespace MedRec.Core.Recommendations;

/// <summary>One recommended item (a disease, exam, drug, screening …) with its score and why.</summary>
public sealed record Recommendation
{
    public required string Kind { get; init; }
    public required string Name { get; init; }
    public string? Code { get; init; }
    /// <summary>Score in [0,1]; calibrated probability where the recommender says so.</summary>
    public double Score { get; init; }
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
    public IReadOnlyList<string> Flags { get; init; } = [];
}

/// <summary>Why an item is recommended: a finding, a KG edge, a rule, a citation.</summary>
public sealed record Evidence(string Kind, string Text, string? Source = null, double? Confidence = null);

/// <summary>A safety warning: interaction, allergy, duplicate therapy, contraindication.</summary>
public sealed record SafetyWarning(string Kind, string Severity, string Message, IReadOnlyList<string> Items, string? Source = null);
