namespace MedRec.Prevention.Immunization;

/// <summary>What the forecaster needs about a patient: birth date, sex (F/M/U), doses, coded observations, assessment date.</summary>
public sealed record ImmunizationPatient(DateOnly BirthDate, string Sex, IReadOnlyList<AdministeredDose> Doses,
    IReadOnlyList<PatientObservation> Observations, DateOnly AssessmentDate)
{
    public DateOnly At(CdsiDuration? age, DateOnly fallback) => age is null ? fallback : age.AddTo(BirthDate);

    public bool HasObservation(string code) => Observations.Any(o => o.Code == code);

    /// <summary>Is the patient aged within [begin, end) on <paramref name="date"/>? Missing bounds are open.</summary>
    public bool AgeWithin(DateOnly date, CdsiDuration? begin, CdsiDuration? end) =>
        (begin is null || date >= begin.AddTo(BirthDate)) && (end is null || date < end.AddTo(BirthDate));
}

/// <summary>One administered vaccine dose.</summary>
public sealed record AdministeredDose(string Id, DateOnly Date, string Cvx);

/// <summary>A CDSi coded observation (e.g. "007" pregnant) with an optional date.</summary>
public sealed record PatientObservation(string Code, DateOnly? Date = null);
