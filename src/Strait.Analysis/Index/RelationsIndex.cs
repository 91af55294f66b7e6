using NodaTime;
using Strait.Core.Events;

namespace Strait.Analysis.Index;

/// <summary>Part of a counted event's weight placed in one month.</summary>
public sealed record Contribution(CountedEvent Event, double Amount);

/// <summary>The normal relations range of one month, drawn from the dyad's own history before it.</summary>
public sealed record NormalRange(double Low, double Median, double High);

/// <summary>
/// One month of the index: <see cref="Flow"/> is the sum of the weights placed in the month,
/// <see cref="Level"/> the index (last month's level × decay + this month's flow), <see cref="Issues"/> the
/// same level computed from each issue's events alone (they add up to <see cref="Level"/>).
/// </summary>
public sealed record IndexMonth(
    YearMonth Month,
    double Flow,
    double Level,
    IReadOnlyDictionary<Issue, double> Issues,
    NormalRange? Range,
    IReadOnlyList<Contribution> Contributions)
{
    /// <summary>The month's level is below its normal range.</summary>
    public bool Crisis => Range is { } range && Level < range.Low;
}

/// <summary>The index over a month, quarter or year: means of the monthly levels, the sum of the flows.</summary>
public sealed record IndexPeriod(
    CalendarPeriod Period,
    double Index,
    double Flow,
    IReadOnlyDictionary<Issue, double> Issues,
    NormalRange? Range,
    int Months,
    int CrisisMonths,
    IReadOnlyList<Contribution> Contributions)
{
    public bool Crisis => CrisisMonths > 0;
}

/// <summary>The monthly relations index with the events it was built from.</summary>
public sealed class RelationsIndex(IndexSettings settings, IReadOnlyList<CountedEvent> events, IReadOnlyList<IndexMonth> months)
{
    public IndexSettings Settings { get; } = settings;

    /// <summary>Every counted event that bears on the dyad, merged across reports.</summary>
    public IReadOnlyList<CountedEvent> Events { get; } = events;

    public IReadOnlyList<IndexMonth> Months { get; } = months;

    public IndexMonth? MonthOf(YearMonth month) => Months.FirstOrDefault(m => m.Month == month);

    /// <summary>The months aggregated to periods, in time order.</summary>
    public IReadOnlyList<IndexPeriod> By(PeriodKind kind) =>
        Months.GroupBy(m => CalendarPeriod.Of(m.Month, kind))
            .Select(g => Aggregate(g.Key, g.ToList()))
            .OrderBy(p => p.Period)
            .ToList();

    private static IndexPeriod Aggregate(CalendarPeriod period, IReadOnlyList<IndexMonth> months)
    {
        var issues = Enum.GetValues<Issue>().ToDictionary(i => i, i => months.Average(m => m.Issues[i]));
        var ranges = months.Select(m => m.Range).OfType<NormalRange>().ToList();
        var range = ranges.Count == 0
            ? null
            : new NormalRange(ranges.Average(r => r.Low), ranges.Average(r => r.Median), ranges.Average(r => r.High));
        return new IndexPeriod(
            period,
            months.Average(m => m.Level),
            months.Sum(m => m.Flow),
            issues,
            range,
            months.Count,
            months.Count(m => m.Crisis),
            months.SelectMany(m => m.Contributions).ToList());
    }
}
