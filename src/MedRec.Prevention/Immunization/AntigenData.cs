namespace MedRec.Prevention.Immunization;

/// <summary>Everything CDSi knows about one antigen: series, immunity and contraindications.</summary>
public sealed record AntigenData(string Antigen, IReadOnlyList<AntigenSeries> Series, DateOnly? ImmunityBirthDate,
    IReadOnlySet<string> ImmunityExclusions, IReadOnlySet<string> ImmunityObservations,
    IReadOnlyList<Contraindication> GroupContraindications, IReadOnlyList<Contraindication> VaccineContraindications);

/// <summary>An observation that contraindicates the antigen (Cvx empty) or some vaccines, for ages [Begin, End).</summary>
public sealed record Contraindication(string Code, IReadOnlySet<string> Cvx, CdsiDuration? BeginAge, CdsiDuration? EndAge);
