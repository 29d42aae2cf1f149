namespace MedRec.Fhir.Tools;

/// <summary>
/// Plausible ranges for what the tools may write: observation values by LOINC code and unit, and medication doses
/// by unit. A value outside its range is refused (a typo of 1000 for 100 must not reach the chart).
/// </summary>
public static class WriteLimits
{
    private static readonly Dictionary<string, (string Unit, double Min, double Max, string Name)> s_observations = new()
    {
        ["8480-6"] = ("mm[Hg]", 40, 300, "Systolic blood pressure"),
        ["8462-4"] = ("mm[Hg]", 20, 200, "Diastolic blood pressure"),
        ["8867-4"] = ("/min", 20, 300, "Heart rate"),
        ["8310-5"] = ("Cel", 30, 45, "Body temperature"),
        ["29463-7"] = ("kg", 0.3, 500, "Body weight"),
        ["8302-2"] = ("cm", 20, 260, "Body height"),
        ["39156-5"] = ("kg/m2", 8, 100, "Body mass index"),
        ["2708-6"] = ("%", 50, 100, "Oxygen saturation"),
        ["2339-0"] = ("mg/dL", 10, 1500, "Glucose"),
        ["4548-4"] = ("%", 3, 20, "Hemoglobin A1c"),
        ["6298-4"] = ("mmol/L", 1, 10, "Potassium"),
        ["2823-3"] = ("mmol/L", 1, 10, "Potassium"),
        ["19123-9"] = ("mg/dL", 0.2, 10, "Magnesium"),
    };

    private static readonly Dictionary<string, (double Min, double Max)> s_doseUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mg"] = (0.01, 4000), ["g"] = (0.01, 10), ["mEq"] = (1, 200), ["mmol"] = (1, 200), ["mL"] = (0.1, 2000),
        ["unit"] = (0.1, 200), ["units"] = (0.1, 200), ["ug"] = (0.1, 2000), ["mcg"] = (0.1, 2000), ["tablet"] = (0.25, 10),
    };

    public static string? CheckObservation(string loinc, double value, string unit)
    {
        if (!s_observations.TryGetValue(loinc, out var limit)) return $"LOINC {loinc} is not a code the tools may record (allowed: {string.Join(", ", s_observations.Keys)})";
        if (!string.Equals(unit, limit.Unit, StringComparison.Ordinal)) return $"{limit.Name} must be recorded in {limit.Unit}, not '{unit}'";
        return value < limit.Min || value > limit.Max ? $"{limit.Name} {value} {unit} is outside the plausible range {limit.Min}–{limit.Max}" : null;
    }

    public static string? DisplayOf(string loinc) => s_observations.TryGetValue(loinc, out var l) ? l.Name : null;

    public static string? CheckDose(double value, string unit)
    {
        if (!s_doseUnits.TryGetValue(unit, out var limit)) return $"dose unit '{unit}' is not allowed (allowed: {string.Join(", ", s_doseUnits.Keys)})";
        return value < limit.Min || value > limit.Max ? $"dose {value} {unit} is outside the allowed range {limit.Min}–{limit.Max} {unit}" : null;
    }
}
