namespace MedRec.Tasks.Drugs;

/// <summary>A drug–drug interaction between two named drugs, merged over sources: worst severity, every effect text.</summary>
public sealed record Interaction(string DrugA, string DrugB, string Severity, IReadOnlyList<string> Effects, IReadOnlyList<string> Sources)
{
    /// <summary>major 3, moderate 2, minor 1, unknown/unrated 0.</summary>
    public static int Rank(string? severity) => severity switch { "major" => 3, "moderate" => 2, "minor" => 1, _ => 0 };

    public static string Chinese(string severity) => severity switch
    {
        "major" => "严重", "moderate" => "中度", "minor" => "轻度", _ => "程度未分级",
    };
}
