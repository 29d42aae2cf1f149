namespace MedRec.Prevention.Screening;

/// <summary>One USPSTF specific recommendation: population (sex, age range, risk codes), grade and citation.</summary>
public sealed record UspstfRecommendation(
    int Id, string Title, string Grade, string Sex, int MinAge, int MaxAge, IReadOnlyList<string> RiskCodes,
    string Text, string Topic, string? Year, string? Bmi)
{
    /// <summary>The population part of the title ("Adults aged 50 to 75 years").</summary>
    public string Population => Title.Contains("--", StringComparison.Ordinal) ? Title[(Title.IndexOf("--", StringComparison.Ordinal) + 2)..].Trim() : "";

    public string Citation => $"USPSTF: {Topic} (grade {Grade}{(Year is null ? "" : $", {Year}")})";
}
