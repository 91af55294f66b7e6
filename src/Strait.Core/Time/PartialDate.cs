using System.Globalization;
using NodaTime;

namespace Strait.Core.Time;

/// <summary>
/// An immutable date known to a stated precision: a day (<c>2019-07-04</c>), a month (<c>2019-07</c>),
/// a year (<c>2019</c>) or an interval of two of those (<c>1910/1945</c>, <c>2019-07/2019-08</c>).
/// Every value covers a closed range of days, <see cref="Start"/> to <see cref="End"/>.
/// </summary>
public sealed record PartialDate : IComparable<PartialDate>
{
    private readonly string _text;

    private PartialDate(DatePrecision precision, LocalDate start, LocalDate end, string text)
    {
        Precision = precision;
        Start = start;
        End = end;
        _text = text;
    }

    public DatePrecision Precision { get; }

    /// <summary>The first day covered.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day covered (inclusive).</summary>
    public LocalDate End { get; }

    public DateInterval Days => new(Start, End);

    /// <summary>Number of days covered.</summary>
    public int Length => Period.Between(Start, End, PeriodUnits.Days).Days + 1;

    public static PartialDate Day(LocalDate date) =>
        new(DatePrecision.Day, date, date, date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));

    public static PartialDate Day(int year, int month, int day) => Day(new LocalDate(year, month, day));

    public static PartialDate Month(YearMonth month)
    {
        var interval = month.ToDateInterval();
        return new(DatePrecision.Month, interval.Start, interval.End,
            month.ToString("uuuu-MM", CultureInfo.InvariantCulture));
    }

    public static PartialDate Month(int year, int month) => Month(new YearMonth(year, month));

    public static PartialDate Year(int year) =>
        new(DatePrecision.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31),
            year.ToString("0000", CultureInfo.InvariantCulture));

    /// <summary>An interval from the start of <paramref name="from"/> to the end of <paramref name="to"/>.</summary>
    public static PartialDate Between(PartialDate from, PartialDate to)
    {
        if (to.End < from.Start)
        {
            throw new ArgumentException($"Interval end {to} is before its start {from}.", nameof(to));
        }

        if (from == to && from.Precision != DatePrecision.Interval)
        {
            return from;
        }

        return new(DatePrecision.Interval, from.Start, to.End, $"{from.StartText()}/{to.EndText()}");
    }

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c> or <c>A/B</c> of those.</summary>
    public static Outcome<PartialDate> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(text, "the date is empty");
        }

        var trimmed = text.Trim();
        var slash = trimmed.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return ParseSingle(trimmed);
        }

        var from = ParseSingle(trimmed[..slash]);
        var to = ParseSingle(trimmed[(slash + 1)..]);
        if (!from.Success)
        {
            return from;
        }

        if (!to.Success)
        {
            return to;
        }

        if (to.Value.End < from.Value.Start)
        {
            return Fail(text, "the interval ends before it starts");
        }

        return Outcome<PartialDate>.Ok(Between(from.Value, to.Value));
    }

    /// <summary>Parses or throws; for trusted data such as knowledge files already validated.</summary>
    public static PartialDate ParseExact(string text)
    {
        var result = Parse(text);
        return result.Success ? result.Value : throw new FormatException(result.Error!.ToString());
    }

    private static Outcome<PartialDate> ParseSingle(string text)
    {
        var parts = text.Split('-');
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var expectedLength = i == 0 ? 4 : 2;
            if (parts[i].Length != expectedLength ||
                !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return Fail(text, "expected YYYY, YYYY-MM or YYYY-MM-DD");
            }
        }

        try
        {
            return parts.Length switch
            {
                1 => Outcome<PartialDate>.Ok(Year(numbers[0])),
                2 => Outcome<PartialDate>.Ok(Month(numbers[0], numbers[1])),
                3 => Outcome<PartialDate>.Ok(Day(numbers[0], numbers[1], numbers[2])),
                _ => Fail(text, "expected YYYY, YYYY-MM or YYYY-MM-DD"),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return Fail(text, "no such calendar date");
        }
    }

    private static Outcome<PartialDate> Fail(string? text, string reason) =>
        Outcome<PartialDate>.Fail(new StraitError(ErrorCodes.BadDate, $"Cannot read the date '{text}': {reason}",
            Hint: "Write dates as 2019-07-04, 2019-07, 2019 or 1910/1945."));

    /// <summary>True when the two share at least one day.</summary>
    public bool Overlaps(PartialDate other) => Start <= other.End && other.Start <= End;

    /// <summary>True when every day of <paramref name="other"/> lies within this value.</summary>
    public bool Contains(PartialDate other) => Start <= other.Start && other.End <= End;

    public bool Contains(LocalDate day) => Start <= day && day <= End;

    /// <summary>The same span cut to a coarser precision (a day cut to its month, and so on).</summary>
    public PartialDate TruncateTo(DatePrecision precision) => (Precision, precision) switch
    {
        (DatePrecision.Day, DatePrecision.Month) => Month(Start.Year, Start.Month),
        (DatePrecision.Day or DatePrecision.Month, DatePrecision.Year) => Year(Start.Year),
        _ => this,
    };

    public int CompareTo(PartialDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    public override string ToString() => _text;

    private string StartText() => Precision == DatePrecision.Interval ? _text[.._text.IndexOf('/', StringComparison.Ordinal)] : _text;

    private string EndText() => Precision == DatePrecision.Interval ? _text[(_text.IndexOf('/', StringComparison.Ordinal) + 1)..] : _text;

    public bool Equals(PartialDate? other) =>
        other is not null && Precision == other.Precision && Start == other.Start && End == other.End;

    public override int GetHashCode() => HashCode.Combine(Precision, Start, End);
}
