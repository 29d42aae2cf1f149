using System.ComponentModel;
using Hl7.Fhir.Model;
using MedRec.Core.Common;
using MedRec.Fhir.Mapping;
using Microsoft.Extensions.AI;

namespace MedRec.Fhir.Tools;

/// <summary>
/// The FHIR tools an LLM agent (or the deterministic planner) calls. Reads are plain; writes are guarded: the
/// patient must resolve to exactly one Patient, values and doses must be in range, the same order is not placed
/// twice for a patient on the same day, dry-run sends nothing, and every attempt is audited.
/// </summary>
public sealed partial class FhirTools(FhirGateway gateway, FhirToolOptions options)
{
    public WriteAudit Audit { get; } = new(options.AuditPath);

    private DateTimeOffset Now => options.Now ?? DateTimeOffset.UtcNow;

    [Description("Find patients by name and/or birth date (YYYY-MM-DD) and/or MRN. Returns id, MRN, name, birth date, gender.")]
    public async Task<IReadOnlyList<PatientInfo>> FindPatient(
        [Description("given and/or family name, e.g. 'Peter Stafford'")] string? name = null,
        [Description("birth date YYYY-MM-DD")] string? birthDate = null,
        [Description("medical record number")] string? mrn = null, CancellationToken ct = default)
    {
        var criteria = new List<string>();
        if (!string.IsNullOrWhiteSpace(mrn)) criteria.Add($"identifier={mrn.Trim()}");
        if (!string.IsNullOrWhiteSpace(birthDate)) criteria.Add($"birthdate={birthDate.Trim()}");
        var parts = (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1) criteria.Add($"name={parts[0]}");
        if (parts.Length >= 2) { criteria.Add($"given={parts[0]}"); criteria.Add($"family={parts[^1]}"); }
        if (criteria.Count == 0) throw new MedRecException("find_patient needs a name, a birth date or an MRN");
        var bundle = await gateway.SearchAsync<Patient>([.. criteria, "_count=20"], ct);
        return bundle?.Entry.Select(e => e.Resource).OfType<Patient>().Select(Info).ToList() ?? [];
    }

    [Description("Demographics, active conditions and medications of one patient (by id or MRN).")]
    public async Task<object> GetPatientSummary([Description("patient id or MRN")] string patient, CancellationToken ct = default)
    {
        var p = await ResolvePatient(patient, ct);
        return new { patient = Info(p), conditions = await ListConditions(p.Id!, ct), medications = await ListMedications(p.Id!, ct) };
    }

    [Description("Observations of a patient with a code (LOINC code or a site code such as MG, K, GLU, A1C), newest first, optionally only those on or after a date-time.")]
    public async Task<IReadOnlyList<ObservationValue>> SearchObservations(
        [Description("patient id or MRN")] string patient, [Description("observation code")] string code,
        [Description("only values at or after this ISO date-time")] string? since = null, CancellationToken ct = default)
    {
        var p = await ResolvePatient(patient, ct);
        var criteria = new List<string> { $"patient={p.Id}", $"code={code}", "_sort=-date", "_count=200" };
        if (since is { Length: >= 10 }) criteria.Add($"date=ge{since[..10]}");
        var bundle = await gateway.SearchAsync<FhirObservation>([.. criteria], ct);
        var values = bundle?.Entry.Select(e => e.Resource).OfType<FhirObservation>().Select(Value).ToList() ?? [];
        if (since is not null && DateTimeOffset.TryParse(since, out var from))
            values = values.Where(v => DateTimeOffset.TryParse(v.Date, out var d) && d >= from).ToList();
        return values;
    }

    [Description("The most recent observation of a patient with a code, or null.")]
    public async Task<ObservationValue?> LatestObservation([Description("patient id or MRN")] string patient, [Description("observation code")] string code, CancellationToken ct = default) =>
        (await SearchObservations(patient, code, null, ct)).FirstOrDefault();

    [Description("Conditions (problem list and diagnoses) of a patient.")]
    public async Task<IReadOnlyList<string>> ListConditions([Description("patient id or MRN")] string patient, CancellationToken ct = default)
    {
        var p = await ResolvePatient(patient, ct);
        var bundle = await gateway.SearchAsync<FhirCondition>([$"patient={p.Id}", "_count=200"], ct);
        return bundle?.Entry.Select(e => e.Resource).OfType<FhirCondition>().Select(c => FhirCodes.Name(c.Code) ?? "?").Distinct().ToList() ?? [];
    }

    [Description("Medication requests of a patient (name and status).")]
    public async Task<IReadOnlyList<string>> ListMedications([Description("patient id or MRN")] string patient, CancellationToken ct = default)
    {
        var p = await ResolvePatient(patient, ct);
        var bundle = await gateway.SearchAsync<MedicationRequest>([$"patient={p.Id}", "_count=200"], ct);
        return bundle?.Entry.Select(e => e.Resource).OfType<MedicationRequest>()
            .Select(m => $"{FhirCodes.Name(m.Medication as CodeableConcept) ?? "?"} ({(m.Status is { } st ? Hl7.Fhir.Utility.EnumUtility.GetLiteral(st) : "unknown")})").Distinct().ToList() ?? [];
    }

    /// <summary>The tools as Microsoft.Extensions.AI functions, for any IChatClient with UseFunctionInvocation().</summary>
    public IList<AITool> AsAITools() =>
    [
        AIFunctionFactory.Create(FindPatient, "find_patient"),
        AIFunctionFactory.Create(GetPatientSummary, "get_patient_summary"),
        AIFunctionFactory.Create(SearchObservations, "search_observations"),
        AIFunctionFactory.Create(LatestObservation, "latest_observation"),
        AIFunctionFactory.Create(ListConditions, "list_conditions"),
        AIFunctionFactory.Create(ListMedications, "list_medications"),
        AIFunctionFactory.Create(CreateObservation, "create_observation"),
        AIFunctionFactory.Create(CreateMedicationRequest, "create_medication_request"),
        AIFunctionFactory.Create(CreateServiceRequest, "create_service_request"),
    ];

    private async Task<Patient> ResolvePatient(string patient, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(patient)) throw new MedRecException("a patient id or MRN is required");
        var id = patient.Trim().Replace("Patient/", "", StringComparison.Ordinal);
        if (await gateway.ReadAsync<Patient>($"Patient/{id}", ct) is { } p) return p;
        var matches = (await gateway.SearchAsync<Patient>([$"identifier={id}"], ct))?.Entry.Select(e => e.Resource).OfType<Patient>().ToList() ?? [];
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new MedRecException($"no patient with id or MRN '{id}'"),
            _ => throw new MedRecException($"'{id}' matches {matches.Count} patients; give the patient id"),
        };
    }

    internal static PatientInfo Info(Patient p) => new(p.Id ?? "", Mrn(p),
        string.Join(' ', p.Name.FirstOrDefault() is { } n ? n.Given.Append(n.Family).Where(x => !string.IsNullOrEmpty(x)) : []),
        p.BirthDate, p.Gender?.ToString().ToLowerInvariant());

    internal static string? Mrn(Patient p) =>
        p.Identifier.FirstOrDefault(i => i.Type?.Coding.Any(c => c.Code == "MR") == true)?.Value ?? p.Identifier.FirstOrDefault()?.Value;

    private static ObservationValue Value(FhirObservation o)
    {
        var (code, _) = FhirCodes.Code(o.Code);
        var date = (o.Effective as FhirDateTime)?.Value ?? (o.Effective as Period)?.Start ?? "";
        return o.Value switch
        {
            Quantity q => new ObservationValue(date, (double?)q.Value, null, q.Unit ?? q.Code, code ?? "", FhirCodes.Name(o.Code) ?? ""),
            _ => new ObservationValue(date, null, o.Value switch { FhirString s => s.Value, CodeableConcept c => FhirCodes.Name(c), _ => null }, null, code ?? "", FhirCodes.Name(o.Code) ?? ""),
        };
    }
}
