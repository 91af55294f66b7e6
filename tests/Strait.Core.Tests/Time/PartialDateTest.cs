using NodaTime;
using Strait.Core.Time;

namespace Strait.Core.Tests.Time;

public sealed class PartialDateTest
{
    [Theory]
    [InlineData("2019-07-04", DatePrecision.Day, "2019-07-04", "2019-07-04")]
    [InlineData("2019-07", DatePrecision.Month, "2019-07-01", "2019-07-31")]
    [InlineData("2019", DatePrecision.Year, "2019-01-01", "2019-12-31")]
    [InlineData("1910/1945", DatePrecision.Interval, "1910-01-01", "1945-12-31")]
    [InlineData("2019-07/2019-08", DatePrecision.Interval, "2019-07-01", "2019-08-31")]
    [InlineData(" 2020-02 ", DatePrecision.Month, "2020-02-01", "2020-02-29")]
    public void Parse_ReadsEachPrecision(string text, DatePrecision precision, string start, string end)
    {
        var parsed = PartialDate.Parse(text);

        Assert.True(parsed.Success, parsed.Error?.ToString());
        Assert.Equal(precision, parsed.Value.Precision);
        Assert.Equal(Day(start), parsed.Value.Start);
        Assert.Equal(Day(end), parsed.Value.End);
        Assert.Equal(text.Trim(), parsed.Value.ToString());
    }

    [Theory]
    [InlineData("2019-13")]
    [InlineData("19-07")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("2019-02-30")]
    [InlineData("2019/2018")]
    [InlineData("July 2019")]
    [InlineData("2019-7-4")]
    public void Parse_RejectsBadInput(string? text)
    {
        var parsed = PartialDate.Parse(text);

        Assert.False(parsed.Success);
        Assert.Equal(ErrorCodes.BadDate, parsed.Error!.Code);
    }

    [Fact]
    public void Parse_IntervalEndingBeforeStart_SaysSo()
    {
        var parsed = PartialDate.Parse("2019-08/2019-07");

        Assert.Contains("ends before it starts", parsed.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2019-07", "2019-07-04", true)]
    [InlineData("2019", "2019-07", true)]
    [InlineData("1910/1945", "1930", true)]
    [InlineData("2019-07-04", "2019-07", false)]
    [InlineData("2019-07", "2019-08-01", false)]
    [InlineData("2019-07/2019-08", "2019-08-31", true)]
    public void Contains_IsWholeContainment(string outer, string inner, bool expected) =>
        Assert.Equal(expected, PartialDate.ParseExact(outer).Contains(PartialDate.ParseExact(inner)));

    [Theory]
    [InlineData("2019-07-04", "2019-07", true)]
    [InlineData("2019-07", "2019-07-31/2019-08-02", true)]
    [InlineData("2019-07", "2019-08", false)]
    [InlineData("1910/1945", "1946", false)]
    [InlineData("1910/1945", "1945-12-31", true)]
    public void Overlaps_IsSymmetric(string a, string b, bool expected)
    {
        var first = PartialDate.ParseExact(a);
        var second = PartialDate.ParseExact(b);

        Assert.Equal(expected, first.Overlaps(second));
        Assert.Equal(expected, second.Overlaps(first));
    }

    [Theory]
    [InlineData("2019-07-04", DatePrecision.Month, "2019-07")]
    [InlineData("2019-07-04", DatePrecision.Year, "2019")]
    [InlineData("2019-07", DatePrecision.Year, "2019")]
    [InlineData("2019", DatePrecision.Month, "2019")]
    [InlineData("2019-07", DatePrecision.Day, "2019-07")]
    public void TruncateTo_CutsOnlyToCoarserPrecision(string text, DatePrecision precision, string expected) =>
        Assert.Equal(PartialDate.ParseExact(expected), PartialDate.ParseExact(text).TruncateTo(precision));

    [Fact]
    public void Length_CountsDaysInclusive()
    {
        Assert.Equal(1, PartialDate.ParseExact("2019-07-04").Length);
        Assert.Equal(31, PartialDate.ParseExact("2019-07").Length);
        Assert.Equal(366, PartialDate.ParseExact("2020").Length);
    }

    private static LocalDate Day(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
