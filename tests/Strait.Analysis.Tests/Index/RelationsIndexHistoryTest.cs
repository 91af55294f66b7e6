using NodaTime;
using Strait.Analysis.Index;
using Strait.Core.Knowledge;

namespace Strait.Analysis.Tests.Index;

/// <summary>
/// What every analyst knows, checked on the index built from the built-in almanac and weights: the fall after
/// the August 2012 Dokdo visit, the trough of July–November 2019, and the recovery from March 2023.
/// </summary>
public class RelationsIndexHistoryTest
{
    private static readonly Lazy<RelationsIndex> BuiltIn = new(Build);

    [Fact]
    public void Relations_fall_after_August_2012()
    {
        var before = Mean(new YearMonth(2012, 1), new YearMonth(2012, 7));
        var after = Mean(new YearMonth(2012, 9), new YearMonth(2012, 12));

        Assert.True(after < before, $"mean Sep–Dec 2012 {after:0.00} should be below mean Jan–Jul 2012 {before:0.00}");
    }

    [Fact]
    public void The_lowest_month_of_2017_to_2022_lies_in_July_to_November_2019()
    {
        var lowest = Months(new YearMonth(2017, 1), new YearMonth(2022, 12)).MinBy(m => m.Level)!;

        Assert.InRange(lowest.Month, new YearMonth(2019, 7), new YearMonth(2019, 11));
    }

    [Fact]
    public void Relations_recover_from_March_2023()
    {
        var before = Mean(new YearMonth(2022, 1), new YearMonth(2022, 12));
        var after = Mean(new YearMonth(2023, 4), new YearMonth(2023, 12));

        Assert.True(after > before, $"mean Apr–Dec 2023 {after:0.00} should be above mean of 2022 {before:0.00}");
    }

    [Fact]
    public void Months_of_the_2019_dispute_are_flagged_as_crisis() =>
        Assert.Contains(Months(new YearMonth(2019, 7), new YearMonth(2019, 12)), m => m.Crisis);

    [Fact]
    public void The_index_covers_1965_to_2025() =>
        Assert.True(BuiltIn.Value.Months[0].Month.Year <= 1965 && BuiltIn.Value.Months[^1].Month.Year >= 2025);

    private static double Mean(YearMonth from, YearMonth to) => Months(from, to).Average(m => m.Level);

    private static List<IndexMonth> Months(YearMonth from, YearMonth to)
    {
        var months = BuiltIn.Value.Months.Where(m => m.Month >= from && m.Month <= to).ToList();
        Assert.Equal(MonthAttribution.MonthsBetween(from, to) + 1, months.Count);
        return months;
    }

    private static RelationsIndex Build()
    {
        var data = DataDirectory.Locate(null, AppContext.BaseDirectory).Value;
        var settings = IndexSettingsLoader.Load(Path.Combine(data, IndexSettingsLoader.DefaultRelativePath)).Value;
        var almanac = AlmanacLoader.Load(Path.Combine(data, "almanac", AlmanacLoader.FileName));
        Assert.True(almanac.Success, almanac.Error?.ToString());
        return new RelationsIndexBuilder(settings).Build(almanac.Value.Select(e => e.Event));
    }
}
