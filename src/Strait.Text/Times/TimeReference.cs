using NodaTime;
using Strait.Core.Time;

namespace Strait.Text.Times;

/// <summary>
/// What a time expression means before it is anchored to a publication date. <see cref="TimeResolver"/> turns
/// it into a <see cref="PartialDate"/>; the publication-date inference runs it backwards.
/// </summary>
public abstract record TimeReference
{
    /// <summary>True when the meaning depends on the publication date.</summary>
    public abstract bool IsRelative { get; }

    /// <summary>A short name of the rule that found it, kept as the label of the expression's span.</summary>
    public abstract string Kind { get; }
}

/// <summary>A date the text states in full: "August 15, 2025", "in 2012", "1910-45", "the 1990s".</summary>
public sealed record AbsoluteTime(PartialDate When, string Rule = "date") : TimeReference
{
    public override bool IsRelative => false;

    public override string Kind => Rule;
}

/// <summary>
/// A unit counted from the publication date: "last month" (month, −1), "tomorrow" (day, +1); <paramref name="Part"/>
/// keeps only the part of the unit before or after the publication date ("earlier this week", "later this month").
/// </summary>
public sealed record RelativeTime(TimeUnit Unit, int Offset, RelativePart Part = RelativePart.Whole) : TimeReference
{
    public override bool IsRelative => true;

    public override string Kind => "relative";
}

/// <summary>A count of units before the publication date: "two weeks ago", "three years ago".</summary>
public sealed record AgoTime(TimeUnit Unit, int Count) : TimeReference
{
    public override bool IsRelative => true;

    public override string Kind => "ago";
}

/// <summary>Which of the months with a name a year-less month means.</summary>
public enum MonthRelation
{
    /// <summary>"in March": the latest March not after the publication month.</summary>
    Latest,
    /// <summary>"last December": the latest December strictly before the publication month.</summary>
    Last,
    /// <summary>"next March": the first March strictly after the publication month.</summary>
    Next,
    /// <summary>"March this year", "March last year": the month in the publication year plus <see cref="MonthOfYear.YearOffset"/>.</summary>
    InYear,
    /// <summary>"will visit in March": the first March not before the publication month.</summary>
    Following,
}

/// <summary>A month named without its year: "in March", "last December", "July this year".</summary>
public sealed record MonthOfYear(int Month, MonthRelation Relation, int YearOffset = 0) : TimeReference
{
    public override bool IsRelative => true;

    public override string Kind => "month";
}

/// <summary>
/// A day (or days) of a month without the year: "Aug. 15", "August 23–24". When <paramref name="Ahead"/> (a future
/// marker comes before it: "will expire on November 23") the year is the one that puts it nearest the publication
/// date; otherwise the latest that starts no more than <see cref="TimeResolver.PastSlackDays"/> after it ("tightened
/// controls on July 4", published the following January). With <paramref name="YearOffset"/> ("Nov. 23 last year") the
/// year is the publication year plus the offset.
/// </summary>
public sealed record DayOfYear(int Month, int Day, int LastDay, bool Ahead = false, int? YearOffset = null) : TimeReference
{
    public override bool IsRelative => true;

    public override string Kind => "day";
}

/// <summary>
/// A run of days across a month's end without the year: "between May 27 and June 4", "from Dec. 28 to Jan. 3". Its first
/// day is read as <see cref="First"/> is; its last day is the first <see cref="LastMonth"/>/<see cref="LastDay"/> after it.
/// </summary>
public sealed record DayRange(DayOfYear First, int LastMonth, int LastDay) : TimeReference
{
    public override bool IsRelative => true;

    public override string Kind => "day";
}

/// <summary>
/// A season named without its year, as its months: "last summer", "this spring", "in the autumn" (<see cref="FirstMonth"/>
/// to <see cref="LastMonth"/> of one year; the year is chosen by <see cref="Relation"/> as for a month: "last summer" is the
/// latest summer over before the publication month, "this spring" the publication year's, "summer last year" the
/// publication year's plus <see cref="YearOffset"/>).
/// </summary>
public sealed record SeasonOfYear(int FirstMonth, int LastMonth, MonthRelation Relation, int YearOffset = 0) : TimeReference
{
    public override bool IsRelative => true;

    public override string Kind => "season";
}

/// <summary>Which part of a relative unit a phrase names.</summary>
public enum RelativePart
{
    /// <summary>The whole unit ("this week", "last month").</summary>
    Whole,
    /// <summary>The part of the unit before the publication date ("earlier this week": Monday to the day before).</summary>
    Earlier,
    /// <summary>The part of the unit after the publication date ("later this month": the next day to the month's end).</summary>
    Later,
    /// <summary>
    /// A weekend, Saturday and Sunday, of weeks only: offset 0 is the latest one begun by the publication date ("over the
    /// weekend"), −1 the one of the week before the publication date's ("last weekend").
    /// </summary>
    Weekend,
}

/// <summary>Which way from the publication date a weekday is counted.</summary>
public enum WeekdayDirection
{
    /// <summary>The latest such day on or before the publication date ("met on Sunday").</summary>
    Past,
    /// <summary>The first such day on or after the publication date ("will meet on Sunday").</summary>
    Future,
    /// <summary>The such day nearest the publication date, either way (ties go to the past).</summary>
    Nearest,
    /// <summary>The such day of the calendar week (Monday to Sunday) before the publication date's ("last Wednesday" in a Friday's report is nine days back).</summary>
    Before,
    /// <summary>The first such day strictly after the publication date ("next Sunday" in a report of a Sunday is a week ahead).</summary>
    After,
}

/// <summary>A weekday: "on Sunday", "last Friday", "next Tuesday".</summary>
public sealed record WeekdayTime(IsoDayOfWeek Day, WeekdayDirection Direction) : TimeReference
{
    public override bool IsRelative => true;

    public override string Kind => "weekday";
}

/// <summary>
/// A date counted from the date the text named last, not from the publication date: "the next day" (day, +1),
/// "that same month" (month, 0), "two days later" (day, +2), "the following year" (year, +1). The time tagger
/// resolves it against the latest date before it in the text that is at least as precise as its unit.
/// </summary>
public sealed record AnaphoricTime(TimeUnit Unit, int Offset) : TimeReference
{
    /// <summary>False: the anchor is a date of the text, not the publication date.</summary>
    public override bool IsRelative => false;

    public override string Kind => "anaphoric";
}
