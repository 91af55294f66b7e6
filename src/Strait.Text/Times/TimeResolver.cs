using NodaTime;
using Strait.Core.Time;

namespace Strait.Text.Times;

/// <summary>
/// Resolves a <see cref="TimeReference"/> against an anchor (the publication date) into a partial date at the
/// precision the words allow. A relative reference with no anchor resolves to null: unknown, never guessed.
/// When the anchor is coarser than the reference needs ("yesterday" in a document dated only to a month), the
/// reference is resolved at the anchor's first and last day and the result covers both.
/// </summary>
public static class TimeResolver
{
    /// <summary>
    /// How many days after the anchor a year-less day not marked as coming may lie and still be read in the anchor's
    /// year: a date that close is more likely a coming event whose future the sentence does not mark ("the August 23–24
    /// visit") than one of the year before.
    /// </summary>
    public const int PastSlackDays = 30;

    public static PartialDate? Resolve(TimeReference reference, PartialDate? anchor)
    {
        if (reference is AbsoluteTime absolute)
        {
            return absolute.When;
        }

        if (anchor is null)
        {
            return null;
        }

        if (reference is DayRange range)
        {
            return Resolve(range.First, anchor) is { Precision: DatePrecision.Day } first ? Through(first.Start, range.LastMonth, range.LastDay) : null;
        }

        if (reference is DayOfYear { YearOffset: { } offset } inYear)
        {
            // "on Nov. 23 last year": the day in the publication year plus the offset.
            return InYear(anchor.Start.Year + offset, inYear.Month, inYear.Day, inYear.LastDay);
        }

        if (reference is DayOfYear { Ahead: false } day)
        {
            // A past day lies before publication, whenever in the anchor that was: read it from the anchor's last day,
            // and past that day only when the anchor is a day (a coarser anchor already spans the slack's doubt).
            return PastDay(anchor.End, day.Month, day.Day, day.LastDay, anchor.Precision == DatePrecision.Day ? PastSlackDays : 0);
        }

        var atStart = ResolveOn(reference, anchor.Start);
        var atEnd = ResolveOn(reference, anchor.End);
        return atStart is null || atEnd is null ? null : Cover(atStart, atEnd);
    }

    /// <summary>Resolves against one day.</summary>
    public static PartialDate? ResolveOn(TimeReference reference, LocalDate anchor) => reference switch
    {
        AbsoluteTime absolute => absolute.When,
        RelativeTime { Part: RelativePart.Whole } relative => Relative(anchor, relative.Unit, relative.Offset),
        RelativeTime { Part: RelativePart.Weekend } weekend => Weekend(anchor, weekend.Offset),
        RelativeTime part => Part(anchor, part.Unit, part.Part),
        AgoTime ago => Ago(anchor, ago.Unit, ago.Count),
        MonthOfYear month => Month(anchor, month.Month, month.Relation, month.YearOffset),
        SeasonOfYear season => Season(anchor, season),
        DayOfYear { YearOffset: { } offset } day => InYear(anchor.Year + offset, day.Month, day.Day, day.LastDay),
        DayOfYear day => day.Ahead ? Day(anchor, day.Month, day.Day, day.LastDay) : PastDay(anchor, day.Month, day.Day, day.LastDay),
        WeekdayTime weekday => PartialDate.Day(ResolveWeekday(anchor, weekday.Day, weekday.Direction)),
        _ => null,
    };

    /// <summary>From <paramref name="first"/> to the first day <paramref name="month"/>/<paramref name="day"/> after it, within a year; null when there is none.</summary>
    public static PartialDate? Through(LocalDate first, int month, int day)
    {
        for (var year = first.Year; year <= first.Year + 1; year++)
        {
            if (day <= CalendarSystem.Iso.GetDaysInMonth(year, month) && new LocalDate(year, month, day) is var last && last > first)
            {
                return PartialDate.Between(PartialDate.Day(first), PartialDate.Day(last));
            }
        }

        return null;
    }

    /// <summary>"last month" is (Month, −1): the calendar unit <paramref name="offset"/> units from the anchor's. Weeks run Monday to Sunday.</summary>
    public static PartialDate? Relative(LocalDate anchor, TimeUnit unit, int offset) => unit switch
    {
        TimeUnit.Day => PartialDate.Day(anchor.PlusDays(offset)),
        TimeUnit.Week => Week(anchor.PlusWeeks(offset)),
        TimeUnit.Month => PartialDate.Month(anchor.ToYearMonth().PlusMonths(offset)),
        TimeUnit.Year => PartialDate.Year(anchor.Year + offset),
        TimeUnit.Decade => PartialDate.Between(PartialDate.Year(anchor.Year / 10 * 10 + 10 * offset), PartialDate.Year(anchor.Year / 10 * 10 + 10 * offset + 9)),
        _ => null,
    };

    /// <summary>
    /// "earlier this week" (Monday to the day before the anchor), "later this month" (the day after the anchor to the
    /// month's end): days of the anchor's week or month; for a year, its months before the anchor's ("earlier this year"
    /// in September is January to August) or from the anchor's on. An anchor at the unit's edge leaves its own day (or month).
    /// </summary>
    public static PartialDate? Part(LocalDate anchor, TimeUnit unit, RelativePart part)
    {
        if (unit == TimeUnit.Year)
        {
            var (first, last) = part == RelativePart.Earlier ? (1, Math.Max(1, anchor.Month - 1)) : (anchor.Month, 12);
            return PartialDate.Between(PartialDate.Month(new YearMonth(anchor.Year, first)), PartialDate.Month(new YearMonth(anchor.Year, last)));
        }

        if (Relative(anchor, unit, 0) is not { } whole)
        {
            return null;
        }

        var (start, end) = part == RelativePart.Earlier ? (whole.Start, anchor.PlusDays(-1)) : (anchor.PlusDays(1), whole.End);
        return end < start ? PartialDate.Day(anchor) : PartialDate.Between(PartialDate.Day(start), PartialDate.Day(end));
    }

    /// <summary>
    /// "over the weekend" (offset 0): the latest Saturday and Sunday begun by the anchor; "last weekend" (−1): those of the
    /// week before the anchor's.
    /// </summary>
    public static PartialDate Weekend(LocalDate anchor, int offset)
    {
        var monday = anchor.PlusDays(1 - (int)anchor.DayOfWeek);
        var saturday = offset == 0 && anchor.DayOfWeek >= IsoDayOfWeek.Saturday ? monday.PlusDays(5) : monday.PlusDays(-2);
        return PartialDate.Between(PartialDate.Day(saturday), PartialDate.Day(saturday.PlusDays(1)));
    }

    /// <summary>"two weeks ago": days give a day, weeks the week (Monday to Sunday) holding the day that many weeks back, months a month, years and decades a year.</summary>
    public static PartialDate? Ago(LocalDate anchor, TimeUnit unit, int count) => unit switch
    {
        TimeUnit.Day => PartialDate.Day(anchor.PlusDays(-count)),
        TimeUnit.Week => Week(anchor.PlusWeeks(-count)),
        TimeUnit.Month => PartialDate.Month(anchor.ToYearMonth().PlusMonths(-count)),
        TimeUnit.Year => PartialDate.Year(anchor.Year - count),
        TimeUnit.Decade => PartialDate.Year(anchor.Year - 10 * count),
        _ => null,
    };

    /// <summary>
    /// A year-less season: "last summer" is the latest one over before the anchor's month, "next summer" the first to begin
    /// after it, "in the summer" the latest begun by it (the first not over, for a coming event), "this summer" the anchor year's.
    /// </summary>
    public static PartialDate Season(LocalDate anchor, SeasonOfYear season)
    {
        var year = YearOfMonths(anchor, season.FirstMonth, season.LastMonth, season.Relation, season.YearOffset);
        return PartialDate.Between(PartialDate.Month(year, season.FirstMonth), PartialDate.Month(year, season.LastMonth));
    }

    /// <summary>A year-less month by <paramref name="relation"/> (see <see cref="MonthRelation"/>).</summary>
    public static PartialDate Month(LocalDate anchor, int month, MonthRelation relation, int yearOffset = 0) =>
        PartialDate.Month(YearOfMonths(anchor, month, month, relation, yearOffset), month);

    /// <summary>
    /// The year of the months <paramref name="first"/> to <paramref name="last"/> named without it: the latest begun by
    /// the anchor's month (<see cref="MonthRelation.Latest"/>), the latest over before it (<see cref="MonthRelation.Last"/>),
    /// the first begun after it (<see cref="MonthRelation.Next"/>), the first not over (<see cref="MonthRelation.Following"/>),
    /// else the anchor's year plus <paramref name="yearOffset"/>.
    /// </summary>
    private static int YearOfMonths(LocalDate anchor, int first, int last, MonthRelation relation, int yearOffset) => relation switch
    {
        MonthRelation.Latest => first <= anchor.Month ? anchor.Year : anchor.Year - 1,
        MonthRelation.Last => last < anchor.Month ? anchor.Year : anchor.Year - 1,
        MonthRelation.Next => first > anchor.Month ? anchor.Year : anchor.Year + 1,
        MonthRelation.Following => last >= anchor.Month ? anchor.Year : anchor.Year + 1,
        _ => anchor.Year + yearOffset,
    };

    /// <summary>A year-less day ("Aug. 15") or run of days ("August 23–24"): of the previous, same and next year, the one nearest the anchor.</summary>
    public static PartialDate? Day(LocalDate anchor, int month, int day, int lastDay)
    {
        PartialDate? best = null;
        var bestDistance = int.MaxValue;
        for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
        {
            if (day > CalendarSystem.Iso.GetDaysInMonth(year, month) || lastDay > CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                continue;
            }

            var start = new LocalDate(year, month, day);
            var end = new LocalDate(year, month, lastDay);
            var distance = anchor < start ? Period.DaysBetween(anchor, start) : anchor > end ? Period.DaysBetween(end, anchor) : 0;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = day == lastDay ? PartialDate.Day(start) : PartialDate.Between(PartialDate.Day(start), PartialDate.Day(end));
            }
        }

        return best;
    }

    /// <summary>A year-less day of a past event: the latest such day (or run of days) starting no more than <paramref name="slackDays"/> after the anchor.</summary>
    /// <summary>The day (or days) of the month in <paramref name="year"/>, or null when the month has no such day.</summary>
    public static PartialDate? InYear(int year, int month, int day, int lastDay) =>
        day > CalendarSystem.Iso.GetDaysInMonth(year, month) || lastDay > CalendarSystem.Iso.GetDaysInMonth(year, month) ? null
        : day == lastDay ? PartialDate.Day(new LocalDate(year, month, day))
        : PartialDate.Between(PartialDate.Day(new LocalDate(year, month, day)), PartialDate.Day(new LocalDate(year, month, lastDay)));

    public static PartialDate? PastDay(LocalDate anchor, int month, int day, int lastDay, int slackDays = PastSlackDays)
    {
        var last = anchor.PlusDays(slackDays);
        for (var year = last.Year; year >= last.Year - 1; year--)
        {
            if (day > CalendarSystem.Iso.GetDaysInMonth(year, month) || lastDay > CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                continue;
            }

            var start = new LocalDate(year, month, day);
            if (start <= last)
            {
                return day == lastDay ? PartialDate.Day(start) : PartialDate.Between(PartialDate.Day(start), PartialDate.Day(new LocalDate(year, month, lastDay)));
            }
        }

        return null;
    }

    /// <summary>
    /// The weekday <paramref name="weekday"/> seen from <paramref name="anchor"/>: the latest on or before it
    /// (<see cref="WeekdayDirection.Past"/>), the first on or after it (<see cref="WeekdayDirection.Future"/>), or
    /// the nearer of the two (<see cref="WeekdayDirection.Nearest"/>, ties to the past); that of the calendar week
    /// (Monday to Sunday) before the anchor's (<see cref="WeekdayDirection.Before"/>: "last Wednesday" in a Friday's
    /// report is nine days back, the Wednesday two days back being plain "Wednesday"), or the first strictly after it
    /// (<see cref="WeekdayDirection.After"/>).
    /// </summary>
    public static LocalDate ResolveWeekday(LocalDate anchor, IsoDayOfWeek weekday, WeekdayDirection direction)
    {
        var back = ((int)anchor.DayOfWeek - (int)weekday + 7) % 7;
        var forward = ((int)weekday - (int)anchor.DayOfWeek + 7) % 7;
        return direction switch
        {
            WeekdayDirection.Past => anchor.PlusDays(-back),
            WeekdayDirection.Future => anchor.PlusDays(forward),
            WeekdayDirection.Before => anchor.PlusDays(-((int)anchor.DayOfWeek - 1) - 7 + ((int)weekday - 1)),
            WeekdayDirection.After => anchor.PlusDays(forward == 0 ? 7 : forward),
            _ => forward < back ? anchor.PlusDays(forward) : anchor.PlusDays(-back),
        };
    }

    /// <summary>"the 1990s" (1990/1999), "the early 2010s" (2010/2013 with part years 0 to 3).</summary>
    public static PartialDate Decade(int decadeStart, int fromYear = 0, int toYear = 9) =>
        PartialDate.Between(PartialDate.Year(decadeStart + fromYear), PartialDate.Year(decadeStart + toYear));

    /// <summary>The Monday-to-Sunday week holding a day.</summary>
    public static PartialDate Week(LocalDate day)
    {
        var monday = day.PlusDays(-((int)day.DayOfWeek - 1));
        return PartialDate.Between(PartialDate.Day(monday), PartialDate.Day(monday.PlusDays(6)));
    }

    /// <summary>The smallest value covering both: the same value, a month or year when they fill exactly one, else an interval of days.</summary>
    public static PartialDate Cover(PartialDate first, PartialDate second)
    {
        if (first == second)
        {
            return first;
        }

        var start = first.Start < second.Start ? first.Start : second.Start;
        var end = first.End > second.End ? first.End : second.End;
        var whole = PartialDate.Between(PartialDate.Day(start), PartialDate.Day(end));
        var month = PartialDate.Month(start.Year, start.Month);
        if (month.Start == start && month.End == end)
        {
            return month;
        }

        var year = PartialDate.Year(start.Year);
        return year.Start == start && year.End == end ? year : whole;
    }
}
