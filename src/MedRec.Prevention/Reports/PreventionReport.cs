using MedRec.Core.Cases;
using MedRec.Prevention.Immunization;
using MedRec.Prevention.Lifestyle;
using MedRec.Prevention.Screening;

namespace MedRec.Prevention.Reports;

/// <summary>Preventive care for one patient as of a date: screenings (USPSTF), immunizations (CDC CDSi), lifestyle (KG), notes.</summary>
public sealed record PreventionReport(
    string? PatientId, DateOnly AsOf, int? Age, Sex Sex,
    IReadOnlyList<ScreeningItem> Screenings, IReadOnlyList<CaseImmunizations.Item> Immunizations, IReadOnlyList<LifestyleAdvice> Lifestyle,
    IReadOnlyList<string> UnmappedConditions, IReadOnlyList<string> Notes);
