namespace MedRec.Prevention.Immunization;

/// <summary>A forecast for an antigen or vaccine group: status, next target dose number and its dates.</summary>
public sealed record Forecast(string Status, int? DoseNumber = null, DateOnly? Earliest = null,
    DateOnly? Recommended = null, DateOnly? PastDue = null, string? SeriesName = null)
{
    public static Forecast Of(string status, string? series = null) => new(status, SeriesName: series);
}
