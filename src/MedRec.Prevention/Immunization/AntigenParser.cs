using System.Text.Json;

namespace MedRec.Prevention.Immunization;

/// <summary>Parses one antigenSupportingData object into <see cref="AntigenData"/>.</summary>
internal static class AntigenParser
{
    public static AntigenData Parse(JsonElement a)
    {
        var series = a.List("series").Select(ParseSeries).ToList();
        var antigen = series.FirstOrDefault()?.Antigen ?? "";
        var immunity = a.Obj("immunity");
        var dob = immunity.Obj("dateOfBirth");
        var contra = a.Obj("contraindications");
        return new AntigenData(antigen, series, dob.Date("immunityBirthDate"),
            dob.List("exclusion").Select(x => x.Str("exclusionCode") ?? "").ToHashSet(),
            immunity.List("clinicalHistory").Select(x => x.Str("guidelineCode") ?? "").ToHashSet(),
            contra.Obj("vaccineGroup").List("contraindication").Select(ParseContra).ToList(),
            contra.Obj("vaccine").List("contraindication").Select(ParseContra).ToList());
    }

    private static Contraindication ParseContra(JsonElement c) => new(c.Str("observationCode") ?? "",
        c.List("contraindicatedVaccine").Select(v => Cvx.Normalize(v.Str("cvx") ?? "")).ToHashSet(),
        c.Dur("beginAge") ?? c.List("contraindicatedVaccine").Select(v => v.Dur("beginAge")).FirstOrDefault(),
        c.Dur("endAge") ?? c.List("contraindicatedVaccine").Select(v => v.Dur("endAge")).FirstOrDefault());

    private static AntigenSeries ParseSeries(JsonElement s)
    {
        var sel = s.Obj("selectSeries");
        var gender = s.List("requiredGender").Select(g => g.GetString() ?? "").ToList();
        return new AntigenSeries(s.Str("seriesName") ?? "", s.Str("targetDisease") ?? "", s.Str("vaccineGroup") ?? "",
            s.Str("seriesType") ?? "Standard", sel.YesNo("defaultSeries"), sel.YesNo("productPath"),
            sel.Str("seriesGroup") ?? "1", sel.Str("seriesPriority") ?? "A", int.TryParse(sel.Str("seriesPreference"), out var p) ? p : 99,
            sel.Dur("minAgeToStart"), sel.Dur("maxAgeToStart"), gender,
            s.List("indication").Select(i => new SeriesIndication(i.Obj("observationCode").Str("code") ?? "",
                i.Dur("beginAge"), i.Dur("endAge"))).ToList(),
            s.List("seriesDose").Select((d, i) => ParseDose(d, i + 1, gender)).ToList(),
            s.Str("equivalentSeriesGroups") is { Length: > 0 } eq && eq != "None" ? eq : null);
    }

    private static SeriesDose ParseDose(JsonElement d, int number, IReadOnlyList<string> gender) => new(number,
        d.List("age").Select(x => new AgeRule(x.Dur("absMinAge"), x.Dur("minAge"), x.Dur("earliestRecAge"),
            x.Dur("latestRecAge"), x.Dur("maxAge"), x.Date("effectiveDate"), x.Date("cessationDate"))).ToList(),
        d.List("interval").Select(ParseInterval).ToList(),
        d.List("allowableInterval").Select(ParseInterval).ToList(),
        d.List("preferableVaccine").Select(ParseVaccine).ToList(),
        d.List("allowableVaccine").Select(ParseVaccine).ToList(),
        d.List("inadvertentVaccine").Select(v => Cvx.Normalize(v.Str("cvx") ?? "")).ToHashSet(),
        d.YesNo("recurringDose"), d.List("conditionalSkip").Select(ParseSkip).ToList(),
        d.Obj("seasonalRecommendation").Date("startDate"), d.Obj("seasonalRecommendation").Date("endDate"), gender);

    private static IntervalRule ParseInterval(JsonElement x) => new(x.Str("fromPrevious") == "Y",
        int.TryParse(x.Str("fromTargetDose"), out var t) ? t : null, JsonRead.Codes(x.Str("fromMostRecent")),
        x.Obj("fromRelevantObs").Str("code"), x.Dur("absMinInt"), x.Dur("minInt"), x.Dur("earliestRecInt"),
        x.Dur("latestRecInt"), x.Date("effectiveDate"), x.Date("cessationDate"), x.Str("intervalPriority") == "override");

    private static VaccineRule ParseVaccine(JsonElement v) => new(Cvx.Normalize(v.Str("cvx") ?? ""), v.Dur("beginAge"),
        v.Dur("endAge"), v.Str("mvx"), v.Str("forecastVaccineType") == "Y");

    private static SkipRule ParseSkip(JsonElement s) => new(s.Str("context") ?? "Both",
        string.Equals(s.Str("setLogic"), "OR", StringComparison.OrdinalIgnoreCase),
        s.List("set").Select(set => new SkipSet(string.Equals(set.Str("conditionLogic"), "OR", StringComparison.OrdinalIgnoreCase),
            set.Date("effectiveDate"), set.Date("cessationDate"),
            set.List("condition").Select(c => new SkipCondition((c.Str("conditionType") ?? "").ToLowerInvariant(),
                c.Dur("beginAge"), c.Dur("endAge"), c.Dur("interval"), c.Date("startDate"), c.Date("endDate"),
                int.TryParse(c.Str("doseCount"), out var n) ? n : 0, (c.Str("doseCountLogic") ?? "").ToLowerInvariant(),
                c.Str("doseType") == "Valid", JsonRead.Codes(c.Str("vaccineTypes")), JsonRead.Items(c.Str("seriesGroups")))).ToList()))
            .ToList());
}
