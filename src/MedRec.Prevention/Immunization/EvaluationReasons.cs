namespace MedRec.Prevention.Immunization;

/// <summary>The CDSi reason texts for a dose that is not valid (as the CDC test cases spell them).</summary>
public static class EvaluationReasons
{
    public const string TooYoung = "Age: Too Young";
    public const string TooOld = "Age: Too Old";
    public const string TooSoon = "Interval: Too Soon";
    public const string LiveVirus = "Live Virus Conflict";
    public const string NotAllowed = "Not a preferable or allowable vaccine";
    public const string Inadvertent = "Inadvertent Vaccine";
    public const string SeriesComplete = "Series Already Complete";
}
