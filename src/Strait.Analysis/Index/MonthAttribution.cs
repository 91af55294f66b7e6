using NodaTime;
using Strait.Core.Time;

namespace Strait.Analysis.Index;

/// <summary>
/// The rule that places an event's weight in months. An event dated to a day or a month counts wholly in its
/// month. An event dated to a year or an interval is spread evenly over the months it covers (a 2019 event adds
/// 1/12 of its weight to each month of 2019), so that knowing less about when it happened never makes it
/// weigh more or less in total. Events covering more than the settings' <c>max_spread_months</c> (colonial
/// rule, 1910/1945) are background, not events, and get no months.
/// </summary>
public sealed class MonthAttribution(int maxSpreadMonths)
{
    public IReadOnlyList<(YearMonth Month, double Share)> Of(PartialDate when)
    {
        var first = new YearMonth(when.Start.Year, when.Start.Month);
        var last = new YearMonth(when.End.Year, when.End.Month);
        var count = MonthsBetween(first, last) + 1;
        if (count > maxSpreadMonths)
        {
            return [];
        }

        var share = 1.0 / count;
        return Enumerable.Range(0, count).Select(i => (first.PlusMonths(i), share)).ToList();
    }

    public static int MonthsBetween(YearMonth from, YearMonth to) =>
        ((to.Year - from.Year) * 12) + to.Month - from.Month;
}
