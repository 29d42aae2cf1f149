namespace MedRec.Prevention.Immunization;

/// <summary>A patient series of one antigen (CDSi "series"): selection attributes plus its target doses.</summary>
public sealed record AntigenSeries(string Name, string Antigen, string VaccineGroup, string Type, bool IsDefault,
    bool ProductPath, string Group, string Priority, int Preference, CdsiDuration? MinAgeToStart, CdsiDuration? MaxAgeToStart,
    IReadOnlyList<string> RequiredGender, IReadOnlyList<SeriesIndication> Indications, IReadOnlyList<SeriesDose> Doses,
    string? EquivalentGroups = null)
{
    public bool IsRisk => Type == "Risk";
}

/// <summary>A risk-series indication: an observation code valid for patients aged [Begin, End).</summary>
public sealed record SeriesIndication(string Code, CdsiDuration? BeginAge, CdsiDuration? EndAge);
