using MedRec.Core.Cases;
using MedRec.Knowledge.Query;
using MedRec.Prevention.Immunization;
using MedRec.Prevention.Lifestyle;
using MedRec.Prevention.Screening;

namespace MedRec.Prevention.Reports;

/// <summary>Builds a <see cref="PreventionReport"/>: which screenings apply and are due, the immunization forecast, lifestyle advice.</summary>
public sealed class PreventionService(IReadOnlyList<UspstfRecommendation> catalog, KnowledgeGraph? kg, ImmunizationForecaster? forecaster = null)
{
    private readonly ScreeningEngine _screening = new(catalog);

    public PreventionReport Report(PatientCase c, DateOnly? asOf = null)
    {
        var date = asOf ?? c.AsOf ?? DateOnly.FromDateTime(DateTime.Today);
        var risk = RiskProfile.From(c, date);
        var notes = new List<string>();
        if (risk.Age is null) notes.Add("年龄未知：无法判断筛查项目（请提供出生日期或年龄）");
        if (risk.Sex == Sex.Unknown) notes.Add("性别未记录：性别相关的筛查标为条件适用");
        var (advice, unmapped) = kg is null ? ([], []) : new LifestyleAdvisor(kg).Advise(c);
        if (kg is null) notes.Add("未加载知识图谱：无生活方式建议");
        IReadOnlyList<CaseImmunizations.Item> immunizations = [];
        if (forecaster is null) notes.Add("未加载 CDSi 数据：无疫苗接种预测");
        else
        {
            var (items, immunizationNotes) = new CaseImmunizations(forecaster).Forecast(c, date);
            immunizations = items;
            notes.AddRange(immunizationNotes);
        }
        return new PreventionReport(c.Id, date, risk.Age, risk.Sex, _screening.Evaluate(c, date), immunizations, advice, unmapped, notes);
    }
}
