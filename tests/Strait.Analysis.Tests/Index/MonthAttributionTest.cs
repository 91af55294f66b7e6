using NodaTime;
using Strait.Analysis.Index;
using Strait.Core.Time;

namespace Strait.Analysis.Tests.Index;

public class MonthAttributionTest
{
    private readonly MonthAttribution _attribution = new(maxSpreadMonths: 24);

    [Theory]
    [InlineData("2031-07-04")]
    [InlineData("2031-07")]
    public void Of_places_a_day_or_month_wholly_in_its_month(string when)
    {
        var (month, share) = Assert.Single(_attribution.Of(PartialDate.ParseExact(when)));

        Assert.Equal(new YearMonth(2031, 7), month);
        Assert.Equal(1.0, share);
    }

    [Fact]
    public void Of_spreads_a_year_evenly_over_its_twelve_months()
    {
        var months = _attribution.Of(PartialDate.Year(2031));

        Assert.Equal(12, months.Count);
        Assert.All(months, m => Assert.Equal(1.0 / 12, m.Share, 12));
        Assert.Equal(new YearMonth(2031, 1), months[0].Month);
        Assert.Equal(new YearMonth(2031, 12), months[^1].Month);
    }

    [Fact]
    public void Of_spreads_an_interval_over_the_months_it_touches()
    {
        var months = _attribution.Of(PartialDate.ParseExact("2031-07-20/2031-08-10"));

        Assert.Equal([new YearMonth(2031, 7), new YearMonth(2031, 8)], months.Select(m => m.Month));
        Assert.All(months, m => Assert.Equal(0.5, m.Share));
    }

    [Fact]
    public void Of_gives_no_months_to_background_spans_longer_than_the_limit() =>
        Assert.Empty(_attribution.Of(PartialDate.ParseExact("1910/1945")));
}
