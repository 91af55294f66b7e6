using NodaTime;
using Strait.Sim.Model;

namespace Strait.Sim.Calibration;

/// <summary>One measured value of an annual opinion series: which public, the survey year and month it is compared in.</summary>
/// <param name="Public">Korea: Koreans' view of Japan; Japan: Japanese view of Korea.</param>
/// <param name="Series">The series name (jp_affinity_kr, kr_good_of_jp), kept for reporting.</param>
public sealed record AnnualOpinion(Side Public, int Year, int FieldworkMonth, double Percent, string Series);

/// <summary>
/// What the model is fitted to and tested against: the measured monthly relations index and the annual
/// opinion series. The command line builds it from Strait.Analysis's relations index and the indicator
/// files; tests use made-up series.
/// </summary>
public interface IHistorySource
{
    /// <summary>The monthly index, in month order, without gaps.</summary>
    IReadOnlyList<(YearMonth Month, double Value)> MonthlyIndex { get; }

    IReadOnlyList<AnnualOpinion> Opinion { get; }
}

/// <summary>An in-memory history (sorted and checked for gaps on construction).</summary>
public sealed class HistorySeries : IHistorySource
{
    public HistorySeries(IEnumerable<(YearMonth Month, double Value)> monthlyIndex, IEnumerable<AnnualOpinion> opinion)
    {
        MonthlyIndex = monthlyIndex.OrderBy(m => m.Month).ToArray();
        for (var i = 1; i < MonthlyIndex.Count; i++)
        {
            if (MonthlyIndex[i].Month != MonthlyIndex[i - 1].Month.PlusMonths(1))
            {
                throw new ArgumentException($"the monthly index has a gap or a repeat at {MonthlyIndex[i].Month}", nameof(monthlyIndex));
            }
        }

        Opinion = opinion.ToArray();
    }

    public IReadOnlyList<(YearMonth Month, double Value)> MonthlyIndex { get; }

    public IReadOnlyList<AnnualOpinion> Opinion { get; }

    /// <summary>The part of the history before a month (what a forecaster standing there knew).</summary>
    public HistorySeries Before(YearMonth month) =>
        new(MonthlyIndex.Where(m => m.Month < month), Opinion.Where(o => new YearMonth(o.Year, o.FieldworkMonth) < month));
}
