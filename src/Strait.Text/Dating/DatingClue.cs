using NodaTime;
using Strait.Core.Knowledge;
using Strait.Core.Time;
using Strait.Text.Pipeline;
using Strait.Text.Times;

namespace Strait.Text.Dating;

/// <summary>
/// One piece of evidence for an undated document's publication date: an almanac event the text names (by one of
/// its aliases) with a time expression relative to now ("last month's Freedonia summit"). It allows the
/// publication date to lie in any of <see cref="Ranges"/> (several when the alias names several almanac events).
/// </summary>
public sealed record DatingClue(TextSpan Span, IReadOnlyList<AlmanacEntry> Events, TimeReference Reference, IReadOnlyList<DateInterval> Ranges)
{
    /// <summary>
    /// The days on which a document could have been published if it calls an event on <paramref name="when"/> by
    /// <paramref name="reference"/>: the reference run backwards. "last month" puts the publication in the month after
    /// the event's; "last year" in the year after; "this year" in the same year; "yesterday" on the day after;
    /// "on Sunday" within six days after (or before, for a coming day); "last December" within the twelve months
    /// after; "on Oct. 1" within half a year either way (see the overload that knows whether the event is done); "two years ago" two years after. Null when the reference says nothing about now (an absolute date),
    /// or cannot name the event's date (see <see cref="Fits"/>).
    /// </summary>
    public static DateInterval? Range(PartialDate when, TimeReference reference) => Range(when, reference, null);

    /// <summary>
    /// As <see cref="Range(PartialDate, TimeReference)"/>, with what the text says of the event: a day without its year
    /// ("on Oct. 1") of an event reported as done (<paramref name="done"/> true) is the latest such day, so the
    /// publication lies within a year after it (or <see cref="DoneLeadDays"/> before it); of a scheduled one (false), within a year before it, as is a month
    /// without its year ("in May"); unknown (null), a day within half a year either way and a month the latest one.
    /// </summary>
    public static DateInterval? Range(PartialDate when, TimeReference reference, bool? done) => !Fits(when, reference) ? null : reference switch
    {
        DayOfYear { YearOffset: { } offset } => Years(when, -offset),
        DayOfYear when done == true => Days(when.Start.PlusDays(-DoneLeadDays), when.End.PlusDays(YearDays)),
        DayOfYear when done == false => Days(when.Start.PlusDays(-YearDays), when.End),
        MonthOfYear { Relation: MonthRelation.Latest } when done == false => Months(when, -11, 0),
        RelativeTime { Unit: TimeUnit.Day } r => Days(when.Start.PlusDays(-r.Offset), when.End.PlusDays(-r.Offset)),
        RelativeTime { Unit: TimeUnit.Week } r => Days(when.Start.PlusWeeks(-r.Offset).PlusDays(-6), when.End.PlusWeeks(-r.Offset).PlusDays(6)),
        RelativeTime { Unit: TimeUnit.Month } r => Months(when, -r.Offset, -r.Offset),
        RelativeTime { Unit: TimeUnit.Year } r => Years(when, -r.Offset),
        AgoTime { Unit: TimeUnit.Day } a => Days(when.Start.PlusDays(a.Count), when.End.PlusDays(a.Count)),
        AgoTime { Unit: TimeUnit.Week } a => Days(when.Start.PlusWeeks(a.Count).PlusDays(-6), when.End.PlusWeeks(a.Count).PlusDays(6)),
        AgoTime { Unit: TimeUnit.Month } a => Months(when, a.Count, a.Count),
        AgoTime { Unit: TimeUnit.Year } a => Years(when, a.Count),
        MonthOfYear { Relation: MonthRelation.Last } => Months(when, 1, 12),
        MonthOfYear { Relation: MonthRelation.Latest } => Months(when, 0, 11),
        MonthOfYear { Relation: MonthRelation.Next } => Months(when, -12, -1),
        MonthOfYear { Relation: MonthRelation.Following } => Months(when, -11, 0),
        MonthOfYear { Relation: MonthRelation.InYear } m => Years(when, -m.YearOffset),
        DayOfYear => Days(when.Start.PlusDays(-NearestDays), when.End.PlusDays(NearestDays)),
        WeekdayTime { Direction: WeekdayDirection.Past } => Days(when.Start, when.End.PlusDays(6)),
        WeekdayTime { Direction: WeekdayDirection.Future } => Days(when.Start.PlusDays(-6), when.End),
        // "last Wednesday": the report falls in the calendar week after the day's, 8 - x to 14 - x days later (x its ISO weekday number).
        WeekdayTime { Direction: WeekdayDirection.Before } => Days(when.Start.PlusDays(8 - (int)when.Start.DayOfWeek), when.End.PlusDays(14 - (int)when.End.DayOfWeek)),
        WeekdayTime { Direction: WeekdayDirection.After } => Days(when.Start.PlusDays(-7), when.End.PlusDays(-1)),
        WeekdayTime => Days(when.Start.PlusDays(-6), when.End.PlusDays(6)),
        _ => null,
    };

    /// <summary>A day of a month without its year ("Oct. 1") means the one nearest the publication date: within half a year either way.</summary>
    public const int NearestDays = 182;

    /// <summary>How far a day without its year reported as done may lie before the publication date (or a scheduled one after it).</summary>
    public const int YearDays = 364;

    /// <summary>
    /// How far after the publication date a day read as done may still lie: the past form near it may belong to
    /// another verb while the day's own is a present-tense schedule ("When Rufus, who was sworn in last year, lands on
    /// March 16").
    /// </summary>
    public const int DoneLeadDays = 30;

    /// <summary>False when the words cannot name the event's date: "in March" for an event in July, "on Sunday" for a Tuesday.</summary>
    public static bool Fits(PartialDate when, TimeReference reference) => reference switch
    {
        MonthOfYear m => when.Length > 366 || Enumerable.Range(0, 13).Select(k => when.Start.ToYearMonth().PlusMonths(k))
            .TakeWhile(month => month.OnDayOfMonth(1) <= when.End).Any(month => month.Month == m.Month),
        DayOfYear d => when.Length > 366 || when.Days.Any(day => day.Month == d.Month && day.Day >= d.Day && day.Day <= d.LastDay),
        WeekdayTime w => when.Length >= 7 || when.Days.Any(day => day.DayOfWeek == w.Day),
        _ => true,
    };

    private static DateInterval Days(LocalDate start, LocalDate end) => new(start, end);

    /// <summary>From the first day of the month <paramref name="from"/> months after the event's first to the last day of the month <paramref name="to"/> months after its last.</summary>
    private static DateInterval Months(PartialDate when, int from, int to) =>
        new(when.Start.ToYearMonth().PlusMonths(from).OnDayOfMonth(1), when.End.ToYearMonth().PlusMonths(to).ToDateInterval().End);

    private static DateInterval Years(PartialDate when, int after) =>
        new(new LocalDate(when.Start.Year + after, 1, 1), new LocalDate(when.End.Year + after, 12, 31));
}
