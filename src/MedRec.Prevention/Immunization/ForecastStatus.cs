namespace MedRec.Prevention.Immunization;

/// <summary>The CDSi patient-series / forecast status texts.</summary>
public static class ForecastStatus
{
    public const string NotComplete = "Not Complete";
    public const string Complete = "Complete";
    public const string Immune = "Immune";
    public const string Contraindicated = "Contraindicated";
    public const string AgedOut = "Aged Out";
    public const string NotRecommended = "Not Recommended";
}
