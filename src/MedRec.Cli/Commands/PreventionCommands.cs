using System.Globalization;
using System.Text.Json;
using MedRec.Cli.Framework;
using MedRec.Core.Cases;
using MedRec.Core.Common;
using MedRec.Fhir.Mapping;
using MedRec.Knowledge.Query;
using MedRec.Prevention.Immunization;
using MedRec.Prevention.Reports;
using MedRec.Prevention.Screening;

namespace MedRec.Cli.Commands;

internal static class PreventionCommands
{
    public static void Register(CommandRegistry r)
    {
        r.Add(new CliCommand("prevention", "prevention --fhir FILE | --case FILE [--patient ID] [--as-of YYYY-MM-DD] [--data DIR] [--kg FILE] [--json]",
            "screenings (USPSTF) and lifestyle advice (KG) due for a patient, each with reason and citation", Report, new HashSet<string> { "json" }));
        r.Add(new CliCommand("prevention batch", "prevention batch --source synthea|mimic [--data DIR] [--kg FILE] [--json]",
            "run preventive care over every Synthea or MIMIC-IV demo patient and summarise", Batch, new HashSet<string> { "json" }));
    }

    private static PreventionService Service(CliArgs a, string data)
    {
        var kgPath = KgCommands.KgPath(a);
        var cdsi = Path.Combine(data, "cdc-cdsi-immunization");
        var forecaster = Directory.Exists(cdsi) ? new ImmunizationForecaster(SupportingDataLoader.Load(cdsi)) : null;
        return new PreventionService(UspstfCatalog.Load(data), File.Exists(kgPath) ? KnowledgeGraph.Open(kgPath) : null, forecaster);
    }

    private static Task<int> Report(CliArgs a, CancellationToken ct)
    {
        var (fhir, casePath) = (a.Option("fhir"), a.Option("case"));
        if ((fhir is null) == (casePath is null)) throw new MedRecException("give exactly one of --fhir FILE or --case FILE");
        DateOnly? asOf = a.Option("as-of") is { } s
            ? DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new MedRecException($"--as-of must be a date like 2024-06-30, got '{s}'")
            : null;
        var patients = fhir is not null
            ? FhirCaseMapper.Map(FhirJson.ReadFile(fhir), asOf).Select(p => (p.Case, p.Name)).ToList()
            : [(PatientCaseReader.ReadFile(casePath!), (string?)null)];
        if (a.Option("patient") is { } id)
        {
            patients = patients.Where(p => p.Case.Id == id).ToList();
            if (patients.Count == 0) throw new MedRecException($"no patient with id '{id}' in the input");
        }
        var service = Service(a, DataPaths.RequireDataFolder(a.Option("data")));
        var reports = patients.Select(p => service.Report(p.Case, asOf)).ToList();
        if (a.Flag("json")) Console.WriteLine(JsonSerializer.Serialize(reports.Count == 1 ? reports[0] : (object)reports, JsonOptions.Indented));
        else foreach (var r in reports) PreventionReportPrinter.Print(r, Console.Out);
        return Task.FromResult(0);
    }

    private static Task<int> Batch(CliArgs a, CancellationToken ct)
    {
        var source = a.Required("source");
        var data = DataPaths.RequireDataFolder(a.Option("data"));
        var patients = source switch
        {
            "synthea" => SyntheaSample.Load(data).ToList(),
            "mimic" => MimicDemoLoader.Load(data).ToList(),
            _ => throw new MedRecException("--source must be synthea or mimic"),
        };
        var service = Service(a, data);
        var reports = patients.Select(p => service.Report(p.Case)).ToList();
        var items = reports.SelectMany(r => r.Screenings).ToList();
        var result = new
        {
            task = "prevention", source, patients = reports.Count,
            recommended_per_patient = Math.Round(reports.Average(r => r.Screenings.Count(s => s.Applicability == "recommended")), 2),
            by_applicability = items.GroupBy(i => i.Applicability).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            by_grade = items.GroupBy(i => i.Recommendation.Grade).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            by_due = items.Where(i => i.Applicability == "recommended").GroupBy(i => i.Due).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            immunization_groups = reports.Sum(r => r.Immunizations.Count),
            immunizations_by_due = reports.SelectMany(r => r.Immunizations).GroupBy(i => i.Due).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            lifestyle_items = reports.Sum(r => r.Lifestyle.Count),
            patients_with_lifestyle = reports.Count(r => r.Lifestyle.Count > 0),
        };
        Console.WriteLine(a.Flag("json") ? JsonSerializer.Serialize(result, JsonOptions.Compact)
            : $"{source}: {reports.Count} patients, {result.recommended_per_patient} recommended screenings per patient, {result.lifestyle_items} lifestyle items");
        return Task.FromResult(0);
    }
}
