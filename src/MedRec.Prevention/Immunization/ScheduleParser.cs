using System.Text.Json;

namespace MedRec.Prevention.Immunization;

/// <summary>Parses scheduleSupportingData: CVX map, live virus conflicts, vaccine groups, observation titles.</summary>
internal static class ScheduleParser
{
    public static ScheduleData Parse(JsonElement s)
    {
        var cvx = new Dictionary<string, IReadOnlyList<CvxAntigen>>();
        foreach (var m in s.Obj("cvxToAntigenMap").List("cvxMap"))
            cvx[Cvx.Normalize(m.Str("cvx") ?? "")] = m.List("association")
                .Select(a => new CvxAntigen(a.Str("antigen") ?? "", a.Dur("associationBeginAge"), a.Dur("associationEndAge"))).ToList();
        var conflicts = s.Obj("liveVirusConflicts").List("liveVirusConflict").Select(c => new LiveVirusConflict(
            Cvx.Normalize(c.Obj("previous").Str("cvx") ?? ""), Cvx.Normalize(c.Obj("current").Str("cvx") ?? ""),
            c.Dur("conflictBeginInterval") ?? CdsiDuration.Zero, c.Dur("minConflictEndInterval") ?? CdsiDuration.Zero,
            c.Dur("conflictEndInterval") ?? CdsiDuration.Zero)).ToList();
        var groupAntigens = s.Obj("vaccineGroupToAntigenMap").List("vaccineGroupMap")
            .ToDictionary(g => g.Str("name") ?? "", g => g.List("antigen").Select(a => a.GetString() ?? "").ToList());
        var groups = s.Obj("vaccineGroups").List("vaccineGroup").Select(g => new VaccineGroup(g.Str("name") ?? "",
            g.YesNo("administerFullVaccineGroup"), groupAntigens.GetValueOrDefault(g.Str("name") ?? "") ?? [])).ToList();
        var titles = new Dictionary<string, string>();
        foreach (var o in s.Obj("observations").List("observation"))
            if (o.Str("observationCode") is { } code) titles[code] = o.Str("observationTitle") ?? "";
        return new ScheduleData(cvx, conflicts, groups, titles);
    }
}
