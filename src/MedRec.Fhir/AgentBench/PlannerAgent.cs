using System.Globalization;
using System.Text.RegularExpressions;
using MedRec.Fhir.Tools;

namespace MedRec.Fhir.AgentBench;

/// <summary>
/// The deterministic baseline: reads the instruction and context with patterns (English and Chinese), decides what
/// is asked from keywords — not from the task's category label — and calls the same tools an LLM would.
/// It proves the harness end to end; it is not meant to understand free language.
/// </summary>
public sealed partial class PlannerAgent : IFhirAgent
{
    public string Name => "planner";

    public async Task<IReadOnlyList<string>> RunAsync(AgentTask task, FhirTools tools, CancellationToken ct)
    {
        var text = task.Instruction;
        var now = DateTimeOffset.Parse(task.Now, CultureInfo.InvariantCulture);
        var mrn = Mrn().Match(text) is { Success: true } m ? m.Value : null;
        if (Has(text, "MRN of the patient with name", "的患者的 MRN"))
        {
            var (name, dob) = (NameDob().Match(text).Groups["name"].Value, NameDob().Match(text).Groups["dob"].Value);
            var found = await tools.FindPatient(name, dob, null, ct);
            return [found.Count == 1 ? found[0].Mrn ?? found[0].Id : "Patient not found"];
        }
        if (mrn is null) return ["unknown patient"];
        if (Has(text, "age of the patient", "几岁"))
        {
            var p = (await tools.FindPatient(null, null, mrn, ct)).Single();
            var birth = DateOnly.Parse(p.BirthDate!, CultureInfo.InvariantCulture);
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            return [(today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0)).ToString(CultureInfo.InvariantCulture)];
        }
        if (Has(text, "blood pressure", "血压") && Bp().Match(text) is { Success: true } bp)
        {
            await tools.CreateObservation(mrn, TaskCategories.BloodPressureCode, bp.Value, "mm[Hg]", task.Now, ct);
            return [];
        }
        if (Has(text, "Record a body weight", "记录体重") && Kg().Match(text) is { Success: true } kg)
        {
            await tools.CreateObservation(mrn, TaskCategories.WeightCode, kg.Groups[1].Value, "kg", task.Now, ct);
            return [];
        }
        if (Has(text, "referral", "转诊"))
        {
            var note = Quoted().Match(text).Groups[1].Value;
            var code = Snomed().Match(task.Context).Groups[1].Value;
            await tools.CreateServiceRequest(mrn, "snomed", code, "Orthopedic surgery referral", note, null, ct);
            return [];
        }
        if (Has(text, "potassium", "血钾"))
        {
            var threshold = double.Parse(Threshold().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
            var latest = (await tools.SearchObservations(mrn, TaskCategories.PotassiumCode, null, ct)).FirstOrDefault(v => Before(v, now));
            if (latest?.Value is { } k && k < threshold)
            {
                var dose = Math.Round((threshold - k) / 0.1) * 10;
                await tools.CreateMedicationRequest(mrn, "potassium chloride oral", dose, "mEq", "oral", TaskCategories.PotassiumNdc, "oral potassium replacement", ct);
            }
            return [];
        }
        if (Has(text, "HbA1c", "糖化血红蛋白"))
        {
            var last = (await tools.SearchObservations(mrn, TaskCategories.HbA1cCode, null, ct)).FirstOrDefault(v => Before(v, now));
            if (last is null) return ["-1"];
            var date = DateTimeOffset.Parse(last.Date, CultureInfo.InvariantCulture);
            if (now - date > TimeSpan.FromDays(365)) await tools.CreateServiceRequest(mrn, "loinc", TaskCategories.HbA1cCode, "Hemoglobin A1c", null, null, ct);
            return [Num(last.Value), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)];
        }
        if (Has(text, "glucose", "血糖"))
            return [Num((await tools.SearchObservations(mrn, TaskCategories.GlucoseCode, null, ct)).FirstOrDefault(v => Before(v, now))?.Value)];
        if (Has(text, "average body weight", "平均体重"))
        {
            var years = int.Parse(Years().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
            var values = (await tools.SearchObservations(mrn, TaskCategories.WeightCode, Iso(now.AddYears(-years)), ct)).Where(v => Before(v, now)).ToList();
            return [values.Count == 0 ? "-1" : Math.Round(values.Average(v => v.Value ?? 0), 2).ToString("0.##", CultureInfo.InvariantCulture)];
        }
        if (Has(text, "body weight", "体重"))
        {
            var days = int.Parse(Days().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
            return [Num((await tools.SearchObservations(mrn, TaskCategories.WeightCode, Iso(now.AddDays(-days)), ct)).FirstOrDefault(v => Before(v, now))?.Value)];
        }
        return ["cannot plan this instruction"];
    }

    private static bool Before(ObservationValue v, DateTimeOffset now) => DateTimeOffset.TryParse(v.Date, CultureInfo.InvariantCulture, out var d) && d <= now;

    private static string Num(double? v) => v is { } x ? x.ToString("0.##", CultureInfo.InvariantCulture) : "-1";

    private static string Iso(DateTimeOffset t) => t.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private static bool Has(string text, params string[] any) => any.Any(a => text.Contains(a, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b\d{6,}\b")] private static partial Regex Mrn();
    [GeneratedRegex(@"(?:name|姓名为)\s*(?<name>[^\d、,]+?)\s*(?:and DOB of|、出生日期为)\s*(?<dob>\d{4}-\d{2}-\d{2})")] private static partial Regex NameDob();
    [GeneratedRegex(@"\d{2,3}/\d{2,3}")] private static partial Regex Bp();
    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*kg")] private static partial Regex Kg();
    [GeneratedRegex("[\"“](.+?)[\"”]")] private static partial Regex Quoted();
    [GeneratedRegex(@"SNOMED code for .*? is (\d+)")] private static partial Regex Snomed();
    [GeneratedRegex(@"(?:below|低于)\s*(\d+(?:\.\d+)?)")] private static partial Regex Threshold();
    [GeneratedRegex(@"(?:last|最近)\s*(\d+)\s*(?:year|年)")] private static partial Regex Years();
    [GeneratedRegex(@"(\d+)\s*(?:days|天)")] private static partial Regex Days();
}
