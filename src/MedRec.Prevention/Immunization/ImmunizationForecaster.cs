using MedRec.Core.Common;

namespace MedRec.Prevention.Immunization;

/// <summary>
/// Entry point of the CDSi forecaster: per vaccine group, run every antigen and combine. A group that must be
/// given whole (administerFullVaccineGroup = Yes, e.g. MMR) takes the forecast of its latest antigen; otherwise of its soonest.
/// </summary>
public sealed class ImmunizationForecaster(CdsiData data)
{
    public CdsiData Data { get; } = data;

    public IReadOnlyList<VaccineGroupResult> ForecastAll(ImmunizationPatient p) =>
        Data.Schedule.VaccineGroups.Select(g => ForecastGroup(g.Name, p)).ToList();

    public VaccineGroupResult ForecastGroup(string groupName, ImmunizationPatient p)
    {
        var group = Data.FindGroup(groupName) ?? throw new MedRecException($"unknown vaccine group: {groupName}");
        var antigens = group.Antigens.Where(Data.Antigens.ContainsKey)
            .Select(a => AntigenForecaster.Run(Data, Data.Antigens[a], p)).ToList();
        return new VaccineGroupResult(group.Name, Combine(group, antigens), antigens, CombineDoses(antigens));
    }

    private static Forecast Combine(VaccineGroup group, IReadOnlyList<AntigenResult> antigens)
    {
        if (antigens.Count == 0) return Forecast.Of(ForecastStatus.NotRecommended);
        var due = antigens.Where(a => a.Forecast.Status == ForecastStatus.NotComplete).Select(a => a.Forecast).ToList();
        if (due.Count == 0)
        {
            var statuses = antigens.Select(a => a.Forecast.Status).Distinct().ToList();
            if (statuses.Count == 1) return Forecast.Of(statuses[0]);
            foreach (var s in new[] { ForecastStatus.Contraindicated, ForecastStatus.AgedOut, ForecastStatus.Complete, ForecastStatus.Immune })
                if (statuses.Contains(s)) return Forecast.Of(s);
            return Forecast.Of(statuses[0]);
        }
        if (group.AdministerFull)
        {
            // The whole group is given together: the least advanced antigen sets the dose, the latest earliest date wins.
            var lead = due.OrderBy(f => f.DoseNumber).ThenByDescending(f => f.Earliest).First();
            var earliest = due.Max(f => f.Earliest)!.Value;
            var rec = lead.Recommended is { } r && r > earliest ? r : earliest;
            return lead with { Earliest = earliest, Recommended = rec, PastDue = lead.PastDue is { } pd && pd < rec ? rec : lead.PastDue };
        }
        var pick = due.OrderBy(f => f.Earliest).ThenByDescending(f => f.DoseNumber).First();
        // Never before the group's last dose, even one that did not carry the soonest antigen (DT after DTaP).
        var lastDose = antigens.SelectMany(a => a.Evaluations).Select(e => (DateOnly?)e.Dose.Date).Max();
        var first = lastDose is { } last && last > pick.Earliest ? last : pick.Earliest!.Value;
        var recommended = due.Min(f => f.Recommended) is { } rec2 && rec2 > first ? rec2 : first;
        return pick with { Earliest = first, Recommended = recommended, PastDue = due.Min(f => f.PastDue), DoseNumber = due.Max(f => f.DoseNumber) };
    }

    /// <summary>A dose is not valid for the group when any antigen found it not valid; valid when some antigen counted it.</summary>
    private static Dictionary<string, DoseEvaluation> CombineDoses(IReadOnlyList<AntigenResult> antigens)
    {
        var result = new Dictionary<string, DoseEvaluation>();
        foreach (var e in antigens.SelectMany(a => a.Evaluations))
        {
            if (!result.TryGetValue(e.Dose.Id, out var prior) || Rank(e) > Rank(prior)) result[e.Dose.Id] = e;
        }
        return result;
    }

    private static int Rank(DoseEvaluation e) => e.Status switch
    {
        DoseEvaluation.NotValid => 3,
        DoseEvaluation.Valid => 2,
        _ => 1,
    };
}
