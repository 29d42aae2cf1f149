namespace MedRec.Prevention.Immunization;

/// <summary>The schedule-wide supporting data: CVX→antigen map, live virus conflicts, vaccine groups.</summary>
public sealed record ScheduleData(IReadOnlyDictionary<string, IReadOnlyList<CvxAntigen>> CvxToAntigens,
    IReadOnlyList<LiveVirusConflict> LiveVirusConflicts, IReadOnlyList<VaccineGroup> VaccineGroups,
    IReadOnlyDictionary<string, string> ObservationTitles);

/// <summary>One antigen a CVX code carries, for patients aged [Begin, End).</summary>
public sealed record CvxAntigen(string Antigen, CdsiDuration? BeginAge, CdsiDuration? EndAge);

/// <summary>A later live vaccine given within [Begin, End) after an earlier one is invalid; MinEnd applies the grace period.</summary>
public sealed record LiveVirusConflict(string PreviousCvx, string CurrentCvx, CdsiDuration Begin, CdsiDuration MinEnd, CdsiDuration End);

/// <summary>A vaccine group (e.g. "DTaP/Tdap/Td") and its antigens.</summary>
public sealed record VaccineGroup(string Name, bool AdministerFull, IReadOnlyList<string> Antigens);
