using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Strait.Core.Time;

namespace Strait.Ingest.Formats;

/// <summary>
/// Reads a publication date given as metadata: a partial ISO date (<c>2031-03</c>), an ISO timestamp
/// (<c>2031-03-05T09:30:00+09:00</c>, read as the day it was where it was written) or an RFC 1123 date.
/// </summary>
internal static partial class MetadataDate
{
    public static PartialDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var partial = PartialDate.Parse(trimmed);
        if (partial.Success && partial.Value.Precision != DatePrecision.Interval)
        {
            return partial.Value;
        }

        var day = IsoDayPrefix().Match(trimmed);
        if (day.Success && PartialDate.Parse(day.Groups[1].Value) is { Success: true } isoDay)
        {
            return isoDay.Value;
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var stamp)
            ? Of(stamp)
            : null;
    }

    public static PartialDate Of(DateTimeOffset stamp) => PartialDate.Day(LocalDate.FromDateTime(stamp.DateTime));

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})[T ]")]
    private static partial Regex IsoDayPrefix();
}
