using MedRec.Core.Common;

namespace MedRec.Prevention.Immunization;

/// <summary>
/// A CDSi offset such as "12 months - 4 days" or "16 months + 4 weeks": signed parts applied left to right.
/// Years and months move the calendar; when the day does not exist in the target month the CDSi rule moves
/// the date to the first day of the next month (03/31 + 6 months = 10/01), unlike DateTime.AddMonths.
/// </summary>
public sealed record CdsiDuration(IReadOnlyList<(int Amount, char Unit)> Parts)
{
    public static readonly CdsiDuration Zero = new([]);

    public static CdsiDuration Parse(string text)
    {
        var tokens = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parts = new List<(int, char)>();
        var sign = 1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i] is "+" or "-") { sign = tokens[i] == "-" ? -1 : 1; continue; }
            if (!int.TryParse(tokens[i], out var n) || i + 1 >= tokens.Length)
                throw new MedRecException($"bad CDSi duration: '{text}'");
            var unit = char.ToLowerInvariant(tokens[++i][0]);
            if (unit is not ('y' or 'm' or 'w' or 'd')) throw new MedRecException($"bad CDSi duration unit: '{text}'");
            parts.Add((sign * n, unit));
            sign = 1;
        }
        return new CdsiDuration(parts);
    }

    public static CdsiDuration? ParseOrNull(string? text) =>
        string.IsNullOrWhiteSpace(text) || text.Trim() == "n/a" ? null : Parse(text);

    public DateOnly AddTo(DateOnly date)
    {
        foreach (var (n, unit) in Parts)
            date = unit switch
            {
                'y' => AddMonths(date, 12 * n),
                'm' => AddMonths(date, n),
                'w' => date.AddDays(7 * n),
                _ => date.AddDays(n),
            };
        return date;
    }

    private static DateOnly AddMonths(DateOnly date, int months)
    {
        var index = date.Year * 12 + (date.Month - 1) + months;
        var (year, month) = (index / 12, index % 12 + 1);
        return date.Day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, date.Day)
            : new DateOnly(year, month, 1).AddMonths(1);
    }

    public override string ToString() =>
        string.Join(" ", Parts.Select((p, i) => (i == 0 ? "" : p.Amount < 0 ? "- " : "+ ") +
            $"{(i == 0 ? p.Amount : Math.Abs(p.Amount))} {p.Unit switch { 'y' => "years", 'm' => "months", 'w' => "weeks", _ => "days" }}"));
}
