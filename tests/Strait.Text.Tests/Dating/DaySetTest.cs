using NodaTime;
using Strait.Text.Dating;

namespace Strait.Text.Tests.Dating;

public sealed class DaySetTest
{
    private static DateInterval Days(string start, string end) =>
        new(LocalDate.FromDateTime(DateTime.Parse(start)), LocalDate.FromDateTime(DateTime.Parse(end)));

    [Fact]
    public void KeepsTheDaysMostSetsAllow()
    {
        var (days, votes) = DaySet.MostAgreed(
        [
            [Days("2019-01-01", "2019-12-31")],
            [Days("2019-06-01", "2020-06-30")],
            [Days("2017-01-01", "2017-12-31")],
        ]);

        Assert.Equal(2, votes);
        Assert.Equal("2019-06-01..2019-12-31", DaySet.Describe(days));
    }

    [Fact]
    public void KeepsEveryAnswerOfATie()
    {
        var (days, votes) = DaySet.MostAgreed([[Days("2019-01-01", "2019-01-31")], [Days("2017-01-01", "2017-01-31")]]);

        Assert.Equal(1, votes);
        Assert.Equal("2017-01-01..2017-01-31 or 2019-01-01..2019-01-31", DaySet.Describe(days));
    }

    [Fact]
    public void CountsASetOnceWhereItsIntervalsOverlap()
    {
        var (days, votes) = DaySet.MostAgreed([[Days("2019-01-01", "2019-03-31"), Days("2019-02-01", "2019-04-30")], [Days("2019-04-01", "2019-12-31")]]);

        Assert.Equal(2, votes);
        Assert.Equal("2019-04-01..2019-04-30", DaySet.Describe(days));
    }

    [Fact]
    public void IntersectsAndMerges()
    {
        var result = DaySet.Intersect([Days("2019-01-01", "2019-01-31"), Days("2019-03-01", "2019-03-31")], [Days("2019-01-15", "2019-03-10")]);

        Assert.Equal("2019-01-15..2019-01-31 or 2019-03-01..2019-03-10", DaySet.Describe(result));
    }

    [Fact]
    public void MergesOpenEndedIntervalsWithoutOverflowing()
    {
        // Two former terms both leave publication open to the last day there is.
        var open = DaySet.Normalize([new DateInterval(new LocalDate(2014, 3, 1), LocalDate.MaxIsoValue), new DateInterval(new LocalDate(2020, 6, 1), LocalDate.MaxIsoValue)]);

        Assert.Equal(new LocalDate(2014, 3, 1), Assert.Single(open).Start);
    }
}
