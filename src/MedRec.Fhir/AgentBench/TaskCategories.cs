namespace MedRec.Fhir.AgentBench;

/// <summary>The ten task categories, after MedAgentBench's, mapped onto what the sandbox patients hold.</summary>
public static class TaskCategories
{
    public static readonly IReadOnlyDictionary<int, (string Name, bool Action)> All = new Dictionary<int, (string, bool)>
    {
        [1] = ("patient lookup by name and birth date → MRN", false),
        [2] = ("patient age at a given time", false),
        [3] = ("record a blood pressure", true),
        [4] = ("most recent body weight within a window (-1 if none)", false),
        [5] = ("check potassium; order oral replacement only if low", true),
        [6] = ("average body weight over a window (-1 if none)", false),
        [7] = ("most recent glucose value", false),
        [8] = ("order a specialist referral with a note", true),
        [9] = ("last HbA1c value and date; order a new test only if older than a year", true),
        [10] = ("record a body weight", true),
    };

    public const string PotassiumCode = "6298-4";
    public const string PotassiumNdc = "40032-917-01";
    public const string GlucoseCode = "2339-0";
    public const string HbA1cCode = "4548-4";
    public const string WeightCode = "29463-7";
    public const string BloodPressureCode = "85354-9";
    public const string OrthopedicReferral = "306181000000106";
}
