using System.Globalization;
using CsvHelper;
using MedRec.Core.Cases;
using MedRec.Core.Common;

namespace MedRec.Fhir.Mapping;

/// <summary>
/// MIMIC-IV Clinical Database Demo 2.2 (CSV) → one case per subject: sex, age at the last admission (dates are
/// shifted; age = anchor_age + years since anchor_year), ICD-9/10 diagnoses with titles, procedures, prescriptions
/// (distinct drugs), and OMR vitals (BMI, blood pressure, weight). "Now" is the subject's last admission.
/// </summary>
public static class MimicDemoLoader
{
    private const string Root = "mimic-iv-demo-2.2/hosp";

    public static IReadOnlyList<MappedPatient> Load(string dataDir)
    {
        var dir = Path.Combine(dataDir, Root);
        var dx = Titles(dir, "d_icd_diagnoses");
        var px = Titles(dir, "d_icd_procedures");
        var lastAdmit = new Dictionary<string, DateOnly>();
        foreach (var r in Rows(dir, "admissions"))
        {
            var d = DateOnly.FromDateTime(DateTime.Parse(r["admittime"], CultureInfo.InvariantCulture));
            if (!lastAdmit.TryGetValue(r["subject_id"], out var prev) || d > prev) lastAdmit[r["subject_id"]] = d;
        }
        var conditions = Group(Rows(dir, "diagnoses_icd"), r => new Condition
        {
            Name = dx.GetValueOrDefault((r["icd_code"], r["icd_version"])) ?? r["icd_code"], Code = r["icd_code"],
            CodeSystem = r["icd_version"] == "10" ? "ICD-10-CM" : "ICD-9-CM",
        });
        var procedures = Group(Rows(dir, "procedures_icd"), r => new Procedure
        {
            Name = px.GetValueOrDefault((r["icd_code"], r["icd_version"])) ?? r["icd_code"], Code = r["icd_code"],
            CodeSystem = r["icd_version"] == "10" ? "ICD-10-PCS" : "ICD-9-CM", Date = DateOnly.Parse(r["chartdate"], CultureInfo.InvariantCulture),
        });
        var meds = Group(Rows(dir, "prescriptions").Where(r => r["drug"].Length > 0), r => new Medication { Name = r["drug"], Active = false });
        var vitals = Group(Rows(dir, "omr"), Vital);
        var list = new List<MappedPatient>();
        foreach (var r in Rows(dir, "patients"))
        {
            var id = r["subject_id"];
            var asOf = lastAdmit.TryGetValue(id, out var a) ? a : new DateOnly(int.Parse(r["anchor_year"], CultureInfo.InvariantCulture), 7, 1);
            var age = int.Parse(r["anchor_age"], CultureInfo.InvariantCulture) + (asOf.Year - int.Parse(r["anchor_year"], CultureInfo.InvariantCulture));
            var c = new PatientCase
            {
                Id = $"mimic-{id}", AsOf = asOf,
                Demographics = new Demographics { Age = age, Sex = r["gender"] == "M" ? Sex.Male : Sex.Female },
                Conditions = conditions.GetValueOrDefault(id, []).DistinctBy(x => x.Code).ToList(),
                Procedures = procedures.GetValueOrDefault(id, []),
                Medications = meds.GetValueOrDefault(id, []).DistinctBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToList(),
                Observations = vitals.GetValueOrDefault(id, []).OfType<Observation>().ToList(),
            };
            var mapped = new Dictionary<string, int>
            {
                ["patients"] = 1, ["diagnoses_icd"] = c.Conditions.Count, ["procedures_icd"] = c.Procedures.Count,
                ["prescriptions"] = c.Medications.Count, ["omr"] = c.Observations.Count,
            };
            list.Add(new MappedPatient(c.Id, null, c, new MappingReport(mapped, new Dictionary<string, int>(), [])));
        }
        return list;
    }

    private static Observation? Vital(Dictionary<string, string> r)
    {
        var date = DateOnly.Parse(r["chartdate"], CultureInfo.InvariantCulture);
        var v = r["result_value"];
        double? Num(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x : null;
        return r["result_name"] switch
        {
            "BMI (kg/m2)" => new Observation { Name = "BMI", Code = "39156-5", CodeSystem = "LOINC", Value = Num(v), Unit = "kg/m2", Date = date },
            "Weight (Lbs)" => Num(v) is { } lb ? new Observation { Name = "Body weight", Code = "29463-7", CodeSystem = "LOINC", Value = Math.Round(lb * 0.45359237, 1), Unit = "kg", Date = date } : null,
            "Blood Pressure" when v.Split('/') is [var sys, var dia] => new Observation { Name = "Blood pressure", Code = "85354-9", CodeSystem = "LOINC", ValueText = v, Value = Num(sys), Unit = "mm[Hg]", Date = date },
            _ => null,
        };
    }

    private static Dictionary<(string, string), string> Titles(string dir, string table) =>
        Rows(dir, table).GroupBy(r => (r["icd_code"], r["icd_version"])).ToDictionary(g => g.Key, g => g.First()["long_title"]);

    private static Dictionary<string, List<T>> Group<T>(IEnumerable<Dictionary<string, string>> rows, Func<Dictionary<string, string>, T> map) =>
        rows.GroupBy(r => r["subject_id"]).ToDictionary(g => g.Key, g => g.Select(map).ToList());

    private static IEnumerable<Dictionary<string, string>> Rows(string dir, string table)
    {
        using var s = DataPaths.OpenData(Path.Combine(dir, table + ".csv"));
        using var reader = new StreamReader(s);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(header.Length);
            for (var i = 0; i < header.Length; i++) row[header[i]] = csv.GetField(i) ?? "";
            yield return row;
        }
    }
}
