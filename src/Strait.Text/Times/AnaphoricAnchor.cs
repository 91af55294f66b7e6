using Strait.Core.Time;

namespace Strait.Text.Times;

/// <summary>
/// Resolves an <see cref="AnaphoricTime"/> ("the next day", "that same month", "a year later") against the dates
/// the text named before it: the latest one that fits in one unit of its kind (a day or a run of days within a
/// week for days and weeks, a date within one month for months, within one year for years), moved by the offset.
/// A run of days counts from its last day going forward ("on May 3 and 4 ... the next day" is May 5) and from its
/// first day going back; "that day" (no offset) after a run of days is left unresolved, as any of its days may be meant.
/// </summary>
public static class AnaphoricAnchor
{
    /// <summary>The longest run of days that still anchors "the next day" or "the same week".</summary>
    public const int MaxDayRun = 7;

    public static PartialDate? Resolve(AnaphoricTime time, IReadOnlyList<PartialDate> named)
    {
        for (var k = named.Count - 1; k >= 0; k--)
        {
            var when = named[k];
            if (Fits(when, time.Unit))
            {
                if (time.Unit == TimeUnit.Day && time.Offset == 0 && when.Length > 1)
                {
                    // "on the day of the vote" after "last week": which day of the run is unknown, so it stays unresolved.
                    return null;
                }

                var day = time.Offset > 0 ? when.End : when.Start;
                return time.Unit switch
                {
                    TimeUnit.Day => PartialDate.Day(day.PlusDays(time.Offset)),
                    TimeUnit.Week => TimeResolver.Week(day.PlusWeeks(time.Offset)),
                    TimeUnit.Month => PartialDate.Month(day.ToYearMonth().PlusMonths(time.Offset)),
                    TimeUnit.Year => PartialDate.Year(day.Year + time.Offset),
                    _ => null,
                };
            }
        }

        return null;
    }

    private static bool Fits(PartialDate when, TimeUnit unit) => unit switch
    {
        TimeUnit.Day or TimeUnit.Week => when.Length <= MaxDayRun,
        TimeUnit.Month => when.Start.ToYearMonth() == when.End.ToYearMonth(),
        TimeUnit.Year => when.Start.Year == when.End.Year,
        _ => false,
    };
}
