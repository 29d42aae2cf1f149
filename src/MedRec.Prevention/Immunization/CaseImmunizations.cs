using MedRec.Core.Cases;

namespace MedRec.Prevention.Immunization;

/// <summary>
/// The immunization forecast for a patient case: its CVX-coded doses through the CDSi forecaster, one line per
/// vaccine group, and whether each is due, overdue or not yet due as of the report date.
/// </summary>
public sealed class CaseImmunizations(ImmunizationForecaster forecaster)
{
    public sealed record Item(string VaccineGroup, string Status, int? DoseNumber, DateOnly? Earliest, DateOnly? Recommended, DateOnly? PastDue, string Due);

    public (IReadOnlyList<Item> Items, IReadOnlyList<string> Notes) Forecast(PatientCase c, DateOnly asOf)
    {
        var notes = new List<string>();
        var birth = c.Demographics.BirthDate;
        if (birth is null && c.Demographics.Age is { } age)
        {
            birth = asOf.AddDays(-(int)Math.Round(age * 365.25));
            notes.Add("出生日期未知：按年龄估算，接种预测日期为近似值");
        }
        if (birth is null) return ([], ["出生日期和年龄均未知：无法预测疫苗接种"]);
        var doses = c.Immunizations.Where(i => !string.IsNullOrEmpty(i.Cvx)).Select((i, n) => new AdministeredDose($"d{n + 1}", i.Date, i.Cvx!.PadLeft(2, '0'))).ToList();
        var uncoded = c.Immunizations.Count(i => string.IsNullOrEmpty(i.Cvx));
        if (uncoded > 0) notes.Add($"{uncoded} 条接种记录没有 CVX 编码，未计入预测");
        var sex = c.Demographics.Sex switch { Sex.Female => "F", Sex.Male => "M", _ => "U" };
        var patient = new ImmunizationPatient(birth.Value, sex, doses, [], asOf);
        var items = forecaster.ForecastAll(patient).Select(g => new Item(g.VaccineGroup, g.Forecast.Status, g.Forecast.DoseNumber,
            g.Forecast.Earliest, g.Forecast.Recommended, g.Forecast.PastDue, Due(g.Forecast, asOf))).ToList();
        return (items, notes);
    }

    private static string Due(Forecast f, DateOnly asOf) => f.Status != ForecastStatus.NotComplete ? "none"
        : f.PastDue is { } p && p <= asOf ? "overdue"
        : f.Recommended is { } r && r <= asOf ? "due"
        : f.Earliest is { } e && e <= asOf ? "may_give"
        : "not_yet";
}
