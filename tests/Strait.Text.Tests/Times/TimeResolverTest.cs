using NodaTime;
using Strait.Core.Time;
using Strait.Text.Times;

namespace Strait.Text.Tests.Times;

public sealed class TimeResolverTest
{
    private static readonly LocalDate Wednesday = new(2019, 7, 10);

    [Theory]
    [InlineData(IsoDayOfWeek.Sunday, WeekdayDirection.Past, "2019-07-07")]
    [InlineData(IsoDayOfWeek.Sunday, WeekdayDirection.Future, "2019-07-14")]
    [InlineData(IsoDayOfWeek.Sunday, WeekdayDirection.Nearest, "2019-07-07")]
    [InlineData(IsoDayOfWeek.Friday, WeekdayDirection.Nearest, "2019-07-12")]
    [InlineData(IsoDayOfWeek.Wednesday, WeekdayDirection.Past, "2019-07-10")]
    [InlineData(IsoDayOfWeek.Wednesday, WeekdayDirection.Future, "2019-07-10")]
    [InlineData(IsoDayOfWeek.Monday, WeekdayDirection.Past, "2019-07-08")]
    [InlineData(IsoDayOfWeek.Wednesday, WeekdayDirection.Before, "2019-07-03")]
    [InlineData(IsoDayOfWeek.Monday, WeekdayDirection.Before, "2019-07-01")]
    [InlineData(IsoDayOfWeek.Tuesday, WeekdayDirection.Before, "2019-07-02")]
    [InlineData(IsoDayOfWeek.Sunday, WeekdayDirection.Before, "2019-07-07")]
    [InlineData(IsoDayOfWeek.Wednesday, WeekdayDirection.After, "2019-07-17")]
    [InlineData(IsoDayOfWeek.Friday, WeekdayDirection.After, "2019-07-12")]
    public void ResolvesWeekdaysByDirection(IsoDayOfWeek day, WeekdayDirection direction, string expected) =>
        Assert.Equal(expected, PartialDate.Day(TimeResolver.ResolveWeekday(Wednesday, day, direction)).ToString());

    [Theory]
    // "over the weekend" read on a Wednesday, a Saturday and a Sunday; "last weekend" on a Sunday is the week before's.
    [InlineData(2019, 7, 10, 0, "2019-07-06/2019-07-07")]
    [InlineData(2019, 7, 13, 0, "2019-07-13/2019-07-14")]
    [InlineData(2019, 7, 14, 0, "2019-07-13/2019-07-14")]
    [InlineData(2019, 7, 14, -1, "2019-07-06/2019-07-07")]
    [InlineData(2019, 7, 15, -1, "2019-07-13/2019-07-14")]
    public void ResolvesAWeekendFromItsAnchor(int year, int month, int day, int offset, string expected) =>
        Assert.Equal(expected, TimeResolver.Weekend(new LocalDate(year, month, day), offset).ToString());

    [Theory]
    [InlineData(12, MonthRelation.Last, "2018-12")]
    [InlineData(7, MonthRelation.Last, "2018-07")]
    [InlineData(7, MonthRelation.Latest, "2019-07")]
    [InlineData(8, MonthRelation.Latest, "2018-08")]
    [InlineData(3, MonthRelation.Next, "2020-03")]
    [InlineData(9, MonthRelation.Next, "2019-09")]
    [InlineData(7, MonthRelation.Following, "2019-07")]
    [InlineData(3, MonthRelation.Following, "2020-03")]
    public void ResolvesYearlessMonths(int month, MonthRelation relation, string expected) =>
        Assert.Equal(expected, TimeResolver.Month(Wednesday, month, relation).ToString());

    [Theory]
    [InlineData(1, 5, "2020-01-05")]
    [InlineData(12, 31, "2019-12-31")]
    [InlineData(2, 29, "2020-02-29")]
    [InlineData(6, 1, "2019-06-01")]
    public void PutsAYearlessDayNearestTheAnchor(int month, int day, string expected) =>
        Assert.Equal(expected, TimeResolver.Day(Wednesday, month, day, day)!.ToString());

    [Theory]
    [InlineData(7, 4, "2019-07-04")]
    [InlineData(8, 5, "2019-08-05")]
    [InlineData(9, 1, "2018-09-01")]
    [InlineData(12, 31, "2018-12-31")]
    public void PutsAPastYearlessDayAtTheLatestNotLongAfterTheAnchor(int month, int day, string expected) =>
        Assert.Equal(expected, TimeResolver.PastDay(Wednesday, month, day, day)!.ToString());

    [Theory]
    [InlineData(TimeUnit.Day, -1, "2019-07-09")]
    [InlineData(TimeUnit.Week, 0, "2019-07-08/2019-07-14")]
    [InlineData(TimeUnit.Month, -7, "2018-12")]
    [InlineData(TimeUnit.Year, 1, "2020")]
    public void CountsRelativeUnitsFromTheAnchor(TimeUnit unit, int offset, string expected) =>
        Assert.Equal(expected, TimeResolver.Relative(Wednesday, unit, offset)!.ToString());

    [Theory]
    [InlineData(TimeUnit.Week, RelativePart.Earlier, "2019-07-08/2019-07-09")]
    [InlineData(TimeUnit.Week, RelativePart.Later, "2019-07-11/2019-07-14")]
    [InlineData(TimeUnit.Month, RelativePart.Earlier, "2019-07-01/2019-07-09")]
    [InlineData(TimeUnit.Month, RelativePart.Later, "2019-07-11/2019-07-31")]
    [InlineData(TimeUnit.Year, RelativePart.Earlier, "2019-01/2019-06")]
    [InlineData(TimeUnit.Year, RelativePart.Later, "2019-07/2019-12")]
    public void KeepsThePartOfAUnitBeforeOrAfterTheAnchor(TimeUnit unit, RelativePart part, string expected) =>
        Assert.Equal(expected, TimeResolver.Resolve(new RelativeTime(unit, 0, part), PartialDate.Day(Wednesday))!.ToString());

    [Fact]
    public void LeavesTheAnchorsOwnDayWhenNothingOfTheUnitLiesBeforeIt() =>
        Assert.Equal("2019-07-08", TimeResolver.Part(new LocalDate(2019, 7, 8), TimeUnit.Week, RelativePart.Earlier)!.ToString());

    [Fact]
    public void LeavesRelativeReferencesUnresolvedWithoutAnAnchor() =>
        Assert.Null(TimeResolver.Resolve(new RelativeTime(TimeUnit.Month, -1), anchor: null));

    [Fact]
    public void ResolvesAbsoluteReferencesWithoutAnAnchor() =>
        Assert.Equal(PartialDate.Year(2012), TimeResolver.Resolve(new AbsoluteTime(PartialDate.Year(2012)), anchor: null));

    [Fact]
    public void CoversAMonthWhenAYearAnchorAsksForLastMonth() =>
        Assert.Equal("2018-12-01/2019-11-30", TimeResolver.Resolve(new RelativeTime(TimeUnit.Month, -1), PartialDate.Year(2019))!.ToString());
}
