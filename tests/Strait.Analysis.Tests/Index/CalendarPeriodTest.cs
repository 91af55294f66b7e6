using NodaTime;
using Strait.Analysis.Index;

namespace Strait.Analysis.Tests.Index;

public class CalendarPeriodTest
{
    [Theory]
    [InlineData(PeriodKind.Month, 7, "2019-07")]
    [InlineData(PeriodKind.Quarter, 7, "2019-Q3")]
    [InlineData(PeriodKind.Quarter, 12, "2019-Q4")]
    [InlineData(PeriodKind.Quarter, 1, "2019-Q1")]
    [InlineData(PeriodKind.Year, 7, "2019")]
    public void Of_names_the_period_of_a_month(PeriodKind kind, int month, string expected) =>
        Assert.Equal(expected, CalendarPeriod.Of(new YearMonth(2019, month), kind).Label);

    [Fact]
    public void FirstMonth_of_a_quarter_is_its_first_month() =>
        Assert.Equal(new YearMonth(2019, 7), new CalendarPeriod(PeriodKind.Quarter, 2019, 3).FirstMonth);

    [Theory]
    [InlineData(PeriodKind.Month, 7, 7)]
    [InlineData(PeriodKind.Quarter, 3, 9)]
    [InlineData(PeriodKind.Year, 1, 12)]
    public void LastMonth_is_the_period_s_last_month(PeriodKind kind, int number, int expected) =>
        Assert.Equal(new YearMonth(2019, expected), new CalendarPeriod(kind, 2019, number).LastMonth);
}
