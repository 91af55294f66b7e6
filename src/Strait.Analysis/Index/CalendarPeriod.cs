using System.Globalization;
using NodaTime;

namespace Strait.Analysis.Index;

/// <summary>How the index is aggregated: by month, quarter or year.</summary>
public enum PeriodKind
{
    Month,
    Quarter,
    Year,
}

/// <summary>
/// A month (<c>2019-07</c>), a quarter (<c>2019-Q3</c>) or a year (<c>2019</c>); <see cref="Number"/> is the
/// month or quarter within the year (1 for a year).
/// </summary>
public readonly record struct CalendarPeriod(PeriodKind Kind, int Year, int Number) : IComparable<CalendarPeriod>
{
    public static CalendarPeriod Of(YearMonth month, PeriodKind kind) => kind switch
    {
        PeriodKind.Month => new CalendarPeriod(kind, month.Year, month.Month),
        PeriodKind.Quarter => new CalendarPeriod(kind, month.Year, ((month.Month - 1) / 3) + 1),
        PeriodKind.Year => new CalendarPeriod(kind, month.Year, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public YearMonth FirstMonth => Kind switch
    {
        PeriodKind.Month => new YearMonth(Year, Number),
        PeriodKind.Quarter => new YearMonth(Year, ((Number - 1) * 3) + 1),
        _ => new YearMonth(Year, 1),
    };

    public YearMonth LastMonth => Kind switch
    {
        PeriodKind.Month => FirstMonth,
        PeriodKind.Quarter => FirstMonth.PlusMonths(2),
        _ => FirstMonth.PlusMonths(11),
    };

    public string Label => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Number:00}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-Q{Number}"),
        _ => Year.ToString("0000", CultureInfo.InvariantCulture),
    };

    public int CompareTo(CalendarPeriod other) =>
        Kind != other.Kind ? Kind.CompareTo(other.Kind) : (Year, Number).CompareTo((other.Year, other.Number));

    public override string ToString() => Label;
}
