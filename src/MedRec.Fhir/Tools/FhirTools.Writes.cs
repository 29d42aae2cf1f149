using System.ComponentModel;
using System.Globalization;
using Hl7.Fhir.Model;
using MedRec.Core.Common;

namespace MedRec.Fhir.Tools;

public sealed partial class FhirTools
{
    private const string Loinc = "http://loinc.org";

    [Description("Record an observation (vital sign or lab) for a patient. value is a number, or 'systolic/diastolic' for blood pressure (LOINC 85354-9, unit mm[Hg]).")]
    public Task<WriteResult> CreateObservation(
        [Description("patient id or MRN")] string patient, [Description("LOINC code, e.g. 85354-9 blood pressure, 8867-4 heart rate")] string code,
        [Description("the value, e.g. 72 or 118/77")] string value, [Description("UCUM unit, e.g. mm[Hg], /min, kg")] string unit,
        [Description("ISO date-time of the measurement; default now")] string? effective = null, CancellationToken ct = default) =>
        Write("create_observation", patient, "Observation", async p =>
        {
            var o = new FhirObservation
            {
                Status = ObservationStatus.Final, Subject = new ResourceReference($"Patient/{p.Id}"),
                Effective = new FhirDateTime(effective ?? Now.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)),
                Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs")],
            };
            if (code == "85354-9")
            {
                var parts = value.Split('/', StringSplitOptions.TrimEntries);
                if (parts.Length != 2 || !double.TryParse(parts[0], CultureInfo.InvariantCulture, out var sys) || !double.TryParse(parts[1], CultureInfo.InvariantCulture, out var dia))
                    throw new MedRecException($"blood pressure must be 'systolic/diastolic', got '{value}'");
                Check(WriteLimits.CheckObservation("8480-6", sys, unit));
                Check(WriteLimits.CheckObservation("8462-4", dia, unit));
                o.Code = new CodeableConcept(Loinc, "85354-9", "Blood pressure panel");
                o.Component = [Component("8480-6", "Systolic blood pressure", sys, unit), Component("8462-4", "Diastolic blood pressure", dia, unit)];
            }
            else
            {
                if (!double.TryParse(value, CultureInfo.InvariantCulture, out var v)) throw new MedRecException($"value must be a number, got '{value}'");
                Check(WriteLimits.CheckObservation(code, v, unit));
                o.Code = new CodeableConcept(Loinc, code, WriteLimits.DisplayOf(code));
                o.Value = new Quantity((decimal)v, unit) { System = "http://unitsofmeasure.org", Code = unit };
            }
            return await Send(o, ct);
        }, ct);

    [Description("Order a medication for a patient. The dose must be in range; the same medication is not ordered twice on the same day.")]
    public Task<WriteResult> CreateMedicationRequest(
        [Description("patient id or MRN")] string patient, [Description("medication name")] string medication,
        [Description("dose amount, e.g. 2")] double doseValue, [Description("dose unit: mg, g, mEq, mmol, mL, unit, mcg, tablet")] string doseUnit,
        [Description("route, e.g. IV or oral")] string route, [Description("NDC or RxNorm code, if known")] string? code = null,
        [Description("free-text instructions")] string? note = null, CancellationToken ct = default) =>
        Write("create_medication_request", patient, "MedicationRequest", async p =>
        {
            Check(WriteLimits.CheckDose(doseValue, doseUnit));
            await RefuseDuplicate<MedicationRequest>(p.Id!, code, medication, m => m.Medication as CodeableConcept, m => m.AuthoredOn, ct);
            var concept = code is null ? new CodeableConcept { Text = medication }
                : new CodeableConcept(code.Contains('-') ? "http://hl7.org/fhir/sid/ndc" : "http://www.nlm.nih.gov/research/umls/rxnorm", code, medication, medication);
            var m = new MedicationRequest
            {
                Status = MedicationRequest.MedicationrequestStatus.Active, Intent = MedicationRequest.MedicationRequestIntent.Order,
                Subject = new ResourceReference($"Patient/{p.Id}"), Medication = concept, AuthoredOn = Now.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
                DosageInstruction = [new Dosage
                {
                    Text = note, Route = new CodeableConcept { Text = route },
                    DoseAndRate = [new Dosage.DoseAndRateComponent { Dose = new Quantity((decimal)doseValue, doseUnit) }],
                }],
            };
            return await Send(m, ct);
        }, ct);

    [Description("Order a lab test, imaging or referral for a patient (ServiceRequest). The same order is not placed twice on the same day.")]
    public Task<WriteResult> CreateServiceRequest(
        [Description("patient id or MRN")] string patient, [Description("code system: loinc or snomed")] string codeSystem,
        [Description("the code, e.g. LOINC 4548-4 or SNOMED 306181000000106")] string code, [Description("what is ordered, in words")] string display,
        [Description("free-text note (e.g. SBAR for a referral)")] string? note = null,
        [Description("when it should happen, ISO date-time; default now")] string? occurrence = null, CancellationToken ct = default) =>
        Write("create_service_request", patient, "ServiceRequest", async p =>
        {
            var system = codeSystem.Trim().ToLowerInvariant() switch
            {
                "loinc" or "http://loinc.org" => Loinc,
                "snomed" or "http://snomed.info/sct" => "http://snomed.info/sct",
                _ => throw new MedRecException($"code system must be loinc or snomed, got '{codeSystem}'"),
            };
            await RefuseDuplicate<ServiceRequest>(p.Id!, code, display, s => s.Code, s => s.AuthoredOn, ct);
            var s = new ServiceRequest
            {
                Status = RequestStatus.Active, Intent = RequestIntent.Order, Subject = new ResourceReference($"Patient/{p.Id}"),
                Code = new CodeableConcept(system, code, display, display), AuthoredOn = Now.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
                Occurrence = occurrence is null ? null : new FhirDateTime(occurrence),
                Note = note is null ? [] : [new Annotation { Text = note }],
            };
            return await Send(s, ct);
        }, ct);

    private async Task<WriteResult> Write(string tool, string patient, string type, Func<Patient, Task<WriteResult>> write, CancellationToken ct)
    {
        WriteResult result;
        string patientId = patient;
        try
        {
            var p = await ResolvePatient(patient, ct);
            patientId = p.Id!;
            result = await write(p);
        }
        catch (MedRecException e)
        {
            result = new WriteResult("refused", null, e.Message);
        }
        Audit.Add(new AuditRecord(Now, tool, patientId, type, result.Outcome, result.Id ?? result.Message));
        return result;
    }

    private async Task<WriteResult> Send<T>(T resource, CancellationToken ct) where T : Resource
    {
        if (options.DryRun) return new WriteResult("dry_run", null, $"{resource.TypeName} validated; dry run, nothing sent");
        var created = await gateway.CreateAsync(resource, ct);
        return new WriteResult("created", created?.Id, $"{resource.TypeName}/{created?.Id} created");
    }

    private async System.Threading.Tasks.Task RefuseDuplicate<T>(string patientId, string? code, string text, Func<T, CodeableConcept?> concept, Func<T, string?> authored, CancellationToken ct)
        where T : Resource, new()
    {
        var today = Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var existing = (await gateway.SearchAsync<T>([$"patient={patientId}", "_count=200"], ct))?.Entry.Select(e => e.Resource).OfType<T>() ?? [];
        foreach (var r in existing)
        {
            var c = concept(r);
            var same = code is not null ? c?.Coding.Any(x => x.Code == code) == true : string.Equals(c?.Text, text, StringComparison.OrdinalIgnoreCase);
            if (same && authored(r)?.StartsWith(today, StringComparison.Ordinal) == true)
                throw new MedRecException($"duplicate order: {typeof(T).Name}/{r.Id} for the same {(code ?? text)} was already placed today");
        }
    }

    private static FhirObservation.ComponentComponent Component(string code, string display, double value, string unit) =>
        new() { Code = new CodeableConcept(Loinc, code, display), Value = new Quantity((decimal)value, unit) { System = "http://unitsofmeasure.org", Code = unit } };

    private static void Check(string? problem)
    {
        if (problem is not null) throw new MedRecException(problem);
    }
}
