using MedRec.Core.Common;

namespace MedRec.Prevention.Immunization.Conformance;

/// <summary>
/// Reads CDC CDSi test cases from the spreadsheet exports in a folder (or its test_cases/ subfolder):
/// *__FITS_Exported_TestCases.csv(.gz) (healthy) and *__Underlying_Condition_Test_Cases.csv(.gz). Each row holds
/// the inputs (DOB, gender, observations, up to 7 doses, assessment date) and the expected results.
/// </summary>
public static class TestCaseReader
{
    /// <summary>Test-sheet vaccine group codes → CDSi schedule vaccine group names (the sheets use short codes).</summary>
    private static readonly Dictionary<string, string> s_groupCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DTAP"] = "DTaP/Tdap/Td", ["POL"] = "Polio", ["IPOL"] = "Polio", ["PCV"] = "Pneumococcal", ["VAR"] = "Varicella",
        ["ROTA"] = "Rotavirus", ["MCV"] = "Meningococcal", ["MENB"] = "Meningococcal B", ["FLU"] = "Influenza",
    };

    public static IReadOnlyList<CdsiTestCase> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new MedRecException($"test case folder not found: {folder}");
        var sub = Path.Combine(folder, "test_cases");
        var dir = Directory.Exists(sub) ? sub : folder;
        var files = Directory.GetFiles(dir, "*.csv*")
            .Where(f => f.Contains("__FITS_Exported_TestCases", StringComparison.Ordinal)
                || f.Contains("__Underlying_Condition_Test_Cases", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new MedRecException($"no CDSi test case CSV (*__FITS_Exported_TestCases.csv) in {dir}");
        var cases = new List<CdsiTestCase>();
        foreach (var f in files)
        {
            using var reader = new StreamReader(DataPaths.OpenData(f));
            var suite = f.Contains("Underlying", StringComparison.Ordinal) ? "conditions" : "healthy";
            cases.AddRange(CsvTable.Read(reader).Select(r => FromRow(r, suite)));
        }
        return cases;
    }

    public static CdsiTestCase FromRow(IReadOnlyDictionary<string, string> r, string suite)
    {
        string Get(string k) => r.TryGetValue(k, out var v) ? v.Trim() : "";
        DateOnly Date(string k) => JsonRead.ParseDate(Get(k)) ?? throw new MedRecException($"test case {Get("CDC_Test_ID")}: bad {k} '{Get(k)}'");
        var doses = new List<AdministeredDose>();
        var expected = new List<ExpectedDose>();
        for (var i = 1; i <= 7 && Get($"Date_Administered_{i}") != ""; i++)
        {
            doses.Add(new AdministeredDose(i.ToString(), Date($"Date_Administered_{i}"), Cvx.Normalize(Get($"CVX_{i}"))));
            expected.Add(new ExpectedDose(Get($"Evaluation_Status_{i}"), Get($"Evaluation_Reason_{i}")));
        }
        var observations = Enumerable.Range(1, 3).Where(i => Get($"Observation_Code_{i}") != "")
            .Select(i => new PatientObservation(Get($"Observation_Code_{i}").PadLeft(3, '0'), JsonRead.ParseDate(Get($"Observation_Date_{i}"))))
            .ToList();
        var gender = Get("Gender") is { Length: > 0 } g ? g : Get("gender");
        var patient = new ImmunizationPatient(Date("DOB"), gender, doses, observations, Date("Assessment_Date"));
        var group = Get("Vaccine_Group");
        return new CdsiTestCase(Get("CDC_Test_ID"), Get("Test_Case_Name"), suite, s_groupCodes.GetValueOrDefault(group, group),
            patient, expected, Get("Series_Status"), Get("Forecast_#"), JsonRead.ParseDate(Get("Earliest_Date")),
            JsonRead.ParseDate(Get("Recommended_Date")), JsonRead.ParseDate(Get("Past_Due_Date")), Get("Evaluation_Test_Type"));
    }
}
