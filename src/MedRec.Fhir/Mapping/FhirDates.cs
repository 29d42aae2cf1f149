using System.Globalization;

namespace MedRec.Fhir.Mapping;

/// <summary>FHIR date/dateTime strings (2019, 2019-03, 2019-03-01, 2019-03-01T10:00:00+01:00) to a calendar date.</summary>
public static class FhirDates
{
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length < 4) return null;
        var parts = value[..Math.Min(10, value.Length)].Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return null;
        var m = parts.Length > 1 && int.TryParse(parts[1], out var mm) ? mm : 1;
        var d = parts.Length > 2 && int.TryParse(parts[2], out var dd) ? dd : 1;
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }
}
