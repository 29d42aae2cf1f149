using System.Globalization;
using MedRec.Core.Common;

namespace MedRec.Fhir.AgentBench;

/// <summary>
/// Generates the task suite deterministically from the sandbox facts: 30 tasks per category, alternating Chinese and
/// English, each with a fixed "now" (the day after the patient's latest relevant measurement, 10:00 UTC, so windows
/// hold data) and the answer or writes computed from the data.
/// </summary>
public static class TaskSuiteGenerator
{
    public const int PerCategory = 30;

    public static IReadOnlyList<AgentTask> Generate(SandboxFacts facts)
    {
        var tasks = new List<AgentTask>();
        var patients = facts.Patients.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var byCode = (string code) =>
        {
            var list = patients.Where(p => facts.Of(p.Id, code).Any()).ToList();
            return list.Count > 0 ? list : throw new MedRecException($"no sandbox patient has observations of LOINC {code}; load the Synthea sample first");
        };
        for (var i = 0; i < PerCategory; i++)
        {
            var zh = i % 2 == 0;
            tasks.Add(Lookup(patients[(i * 7) % patients.Count], i, zh));
            tasks.Add(Age(patients[(i * 11 + 3) % patients.Count], facts, i, zh));
            tasks.Add(RecordBp(Pick(byCode(TaskCategories.WeightCode), i, 5), facts, i, zh));
            tasks.Add(LatestWeight(Pick(byCode(TaskCategories.WeightCode), i, 3), facts, i, zh));
            tasks.Add(Potassium(Pick(byCode(TaskCategories.PotassiumCode), i, 1), facts, i, zh));
            tasks.Add(AverageWeight(Pick(byCode(TaskCategories.WeightCode), i, 13), facts, i, zh));
            tasks.Add(LatestGlucose(Pick(byCode(TaskCategories.GlucoseCode), i, 1), facts, i, zh));
            tasks.Add(Referral(Pick(byCode(TaskCategories.WeightCode), i, 17), facts, i, zh));
            tasks.Add(HbA1c(Pick(byCode(TaskCategories.HbA1cCode), i, 1), facts, i, zh));
            tasks.Add(RecordWeight(Pick(byCode(TaskCategories.WeightCode), i, 19), facts, i, zh));
        }
        return tasks.OrderBy(t => t.Category).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
    }

    private static SandboxFacts.PatientFact Pick(List<SandboxFacts.PatientFact> list, int i, int stride) => list[(i * stride + i / list.Count) % list.Count];

    private static string Id(int category, int i) => $"task{category}_{i + 1:00}";

    /// <summary>"Now" for a patient: the day after their latest observation (optionally of one code), 10:00 UTC; shifted back by i days for variety.</summary>
    private static DateTimeOffset Now(SandboxFacts f, string patient, string? code = null, int shiftDays = 0)
    {
        var obs = f.Observations.Where(o => o.PatientId == patient && (code is null || o.Code == code)).ToList();
        var last = obs.Count > 0 ? obs.Max(o => o.Time) : new DateTimeOffset(2021, 6, 1, 0, 0, 0, TimeSpan.Zero);
        return new DateTimeOffset(last.Date.AddDays(1 - shiftDays).AddHours(10), TimeSpan.Zero);
    }

    private static string Iso(DateTimeOffset t) => t.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);

    private static AgentTask Make(int category, int i, bool zh, SandboxFacts.PatientFact p, DateTimeOffset now, string en, string cn, string context,
        IReadOnlyList<string>? answer = null, IReadOnlyList<ExpectedWrite>? writes = null) => new()
    {
        Id = Id(category, i), Category = category, Lang = zh ? "zh" : "en", Instruction = zh ? cn : en,
        Context = $"It's {Iso(now)} now. {context}".Trim(), Now = Iso(now), PatientId = p.Id, ExpectedAnswer = answer, ExpectedWrites = writes ?? [],
    };

    private static AgentTask Lookup(SandboxFacts.PatientFact p, int i, bool zh)
    {
        var missing = i % 10 == 9; // some asked-for patients do not exist: the answer is "Patient not found"
        var dob = missing ? "1899-01-01" : p.BirthDate;
        return Make(1, i, zh, p, new DateTimeOffset(2024, 1, 1, 10, 0, 0, TimeSpan.Zero),
            $"What's the MRN of the patient with name {p.Given} {p.Family} and DOB of {dob}? If the patient does not exist, the answer should be \"Patient not found\"",
            $"姓名为 {p.Given} {p.Family}、出生日期为 {dob} 的患者的 MRN 是多少？如果患者不存在，答案应为 \"Patient not found\"",
            "", [missing ? "Patient not found" : p.Mrn ?? p.Id]);
    }

    private static AgentTask Age(SandboxFacts.PatientFact p, SandboxFacts f, int i, bool zh)
    {
        var now = Now(f, p.Id);
        var birth = DateOnly.ParseExact(p.BirthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var age = today.Year - birth.Year - (today < birth.AddYears(today.Year - birth.Year) ? 1 : 0);
        return Make(2, i, zh, p, now, $"What's the age of the patient with MRN of {p.Mrn}?", $"MRN 为 {p.Mrn} 的患者现在几岁？",
            "The answer should be rounded down to an integer.", [age.ToString(CultureInfo.InvariantCulture)]);
    }

    private static AgentTask RecordBp(SandboxFacts.PatientFact p, SandboxFacts f, int i, bool zh)
    {
        var (sys, dia) = (110 + i % 40, 65 + i % 25);
        return Make(3, i, zh, p, Now(f, p.Id), $"I just measured the blood pressure for patient with MRN of {p.Mrn}, and it is \"{sys}/{dia} mmHg\". Help me record it.",
            $"我刚给 MRN 为 {p.Mrn} 的患者测了血压，结果是 \"{sys}/{dia} mmHg\"，请帮我记录。", "The LOINC code for blood pressure is 85354-9 (unit mm[Hg]).",
            writes: [new ExpectedWrite("Observation", TaskCategories.BloodPressureCode, $"{sys}/{dia}")]);
    }

    private static AgentTask LatestWeight(SandboxFacts.PatientFact p, SandboxFacts f, int i, bool zh)
    {
        var now = Now(f, p.Id, TaskCategories.WeightCode, shiftDays: i % 3 == 2 ? -400 : 0); // every third: nothing in the window
        var window = now.AddDays(-365);
        var last = f.Of(p.Id, TaskCategories.WeightCode).Where(o => o.Time >= window && o.Time <= now).OrderBy(o => o.Time).LastOrDefault();
        return Make(4, i, zh, p, now, $"What's the most recent body weight of patient {p.Mrn} within the last 365 days?", $"患者 {p.Mrn} 最近 365 天内最近一次的体重是多少？",
            "The LOINC code for body weight is 29463-7. The answer should be a number in kg, and -1 if no measurement within the window is available.",
            [last is null ? "-1" : last.Value.ToString("0.##", CultureInfo.InvariantCulture)]);
    }

    private static AgentTask Potassium(SandboxFacts.PatientFact p, SandboxFacts f, int i, bool zh)
    {
        var values = f.Of(p.Id, TaskCategories.PotassiumCode).OrderBy(o => o.Time).ToList();
        var target = values[i % values.Count];
        var now = new DateTimeOffset(target.Time.Date.AddDays(1 + i / values.Count).AddHours(10), TimeSpan.Zero); // a distinct day per task: orders of one task never look like duplicates of another's
        var latest = values.Where(v => v.Time <= now).Last();
        var threshold = 3.5 + (i % 3) * 0.5; // vary the threshold so both branches occur
        var writes = latest.Value < threshold
            ? new[] { new ExpectedWrite("MedicationRequest", TaskCategories.PotassiumNdc, Dose: Math.Round((threshold - latest.Value) / 0.1) * 10, DoseUnit: "mEq") }
            : [];
        return Make(5, i, zh, p, now,
            $"Check patient {p.Mrn}'s most recent potassium level. If it is below {threshold:0.0} mmol/L, order oral potassium replacement according to the dosing instructions; otherwise do not order anything.",
            $"查看患者 {p.Mrn} 最近一次血钾。如果低于 {threshold:0.0} mmol/L，按给药说明开口服补钾医嘱；否则不要下任何医嘱。",
            $"The LOINC code for potassium is {TaskCategories.PotassiumCode}. The NDC for oral potassium replacement is {TaskCategories.PotassiumNdc}. Dosing: for every 0.1 mmol/L below {threshold:0.0}, order 10 mEq, oral.",
            writes: writes);
    }

    private static AgentTask AverageWeight(SandboxFacts.PatientFact p, SandboxFacts f, int i, bool zh)
    {
        var now = Now(f, p.Id, TaskCategories.WeightCode);
        var years = 1 + i % 3;
        var window = now.AddYears(-years);
        var values = f.Of(p.Id, TaskCategories.WeightCode).Where(o => o.Time >= window && o.Time <= now).Select(o => o.Value).ToList();
        return Make(6, i, zh, p, now, $"What is the average body weight of patient {p.Mrn} over the last {years} year(s)?", $"患者 {p.Mrn} 最近 {years} 年的平均体重是多少？",
            "The LOINC code for body weight is 29463-7. The answer should be a number in kg rounded to 2 decimals, and -1 if no measurement is available.",
            [values.Count == 0 ? "-1" : Math.Round(values.Average(), 2).ToString("0.##", CultureInfo.InvariantCulture)]);
    }

    private static AgentTask LatestGlucose(SandboxFacts.PatientFact p, SandboxFacts f, int i, bool zh)
    {
        var values = f.Of(p.Id, TaskCategories.GlucoseCode).OrderBy(o => o.Time).ToList();
        var now = new DateTimeOffset(values[i % values.Count].Time.Date.AddDays(1).AddHours(10), TimeSpan.Zero);
        var last = values.Where(v => v.Time <= now).Last();
        return Make(7, i, zh, p, now, $"What is the most recent glucose value of patient {p.Mrn}?", $"患者 {p.Mrn} 最近一次的血糖值是多少？",
            "The LOINC code for glucose is 2339-0. The answer should be a number in mg/dL.", [last.Value.ToString("0.##", CultureInfo.InvariantCulture)]);
    }

    private static AgentTask Referral(SandboxFacts.PatientFact p, SandboxFacts f, int i, bool zh)
    {
        var note = $"Situation: knee pain for {2 + i % 5} weeks. Background: no trauma. Assessment: suspected meniscus injury. Recommendation: orthopedic evaluation.";
        return Make(8, i, zh, p, Now(f, p.Id), $"Order an orthopedic surgery referral for patient {p.Mrn}. Put this in the free text of the referral: \"{note}\"",
            $"为患者 {p.Mrn} 开骨科手术转诊单，并在转诊单备注中写上：\"{note}\"", $"The SNOMED code for orthopedic surgery referral is {TaskCategories.OrthopedicReferral}.",
            writes: [new ExpectedWrite("ServiceRequest", TaskCategories.OrthopedicReferral, NoteContains: note)]);
    }

    private static AgentTask HbA1c(SandboxFacts.PatientFact p, SandboxFacts f, int i, bool zh)
    {
        var values = f.Of(p.Id, TaskCategories.HbA1cCode).OrderBy(o => o.Time).ToList();
        var last = values[^1];
        var now = new DateTimeOffset(last.Time.Date.AddDays((i % 2 == 0 ? 100 : 500) + i).AddHours(10), TimeSpan.Zero);
        var old = now - last.Time > TimeSpan.FromDays(365);
        return Make(9, i, zh, p, now,
            $"What's the last HbA1c value in the chart for patient {p.Mrn} and when was it recorded? If it is more than 1 year old, order a new HbA1c lab test.",
            $"患者 {p.Mrn} 病历中最近一次糖化血红蛋白（HbA1c）是多少、何时记录？如果已超过 1 年，请开一个新的 HbA1c 检验。",
            "The LOINC code for HbA1c is 4548-4 (also used to order it). The answer should be [value, date (YYYY-MM-DD)].",
            [last.Value.ToString("0.##", CultureInfo.InvariantCulture), last.Time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
            old ? [new ExpectedWrite("ServiceRequest", TaskCategories.HbA1cCode)] : []);
    }

    private static AgentTask RecordWeight(SandboxFacts.PatientFact p, SandboxFacts f, int i, bool zh)
    {
        var kg = 50 + (i * 7) % 45 + 0.5;
        return Make(10, i, zh, p, Now(f, p.Id), $"Record a body weight of {kg.ToString(CultureInfo.InvariantCulture)} kg for patient {p.Mrn}.",
            $"为患者 {p.Mrn} 记录体重 {kg.ToString(CultureInfo.InvariantCulture)} kg。", "The LOINC code for body weight is 29463-7 (unit kg).",
            writes: [new ExpectedWrite("Observation", TaskCategories.WeightCode, kg.ToString(CultureInfo.InvariantCulture))]);
    }
}
