namespace MedRec.Prevention.Immunization;

/// <summary>The loaded CDSi supporting data set (one CDC release).</summary>
public sealed record CdsiData(IReadOnlyDictionary<string, AntigenData> Antigens, ScheduleData Schedule)
{
    public VaccineGroup? FindGroup(string name) =>
        Schedule.VaccineGroups.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase));
}
