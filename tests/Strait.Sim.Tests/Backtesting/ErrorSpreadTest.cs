using Strait.Core.Numbers;
using Strait.Sim.Backtesting;

namespace Strait.Sim.Tests.Backtesting;

public class ErrorSpreadTest
{
    [Fact]
    public void VolatilityIsTheRootMeanSquareMonthlyChangeOfTheWindowBeforeThePosition()
    {
        // Changes of 1 for 20 months, then of 3: the 5 values before position 30 differ by 3 each.
        var values = new double[40];
        for (var k = 1; k < values.Length; k++)
        {
            values[k] = values[k - 1] + (k <= 20 ? 1 : 3);
        }

        var spread = new ErrorSpread { VolatilityWindow = 5, FloorShare = 0 };
        Assert.Equal(3, spread.Volatility(values, 30), 12);
        Assert.Equal(1, spread.Volatility(values, 15), 12);
        // Position 30 must not see value 30 or later: changing them leaves the volatility alone.
        values[30] = 1000;
        Assert.Equal(3, spread.Volatility(values, 30), 12);
    }

    [Fact]
    public void AQuietStretchIsFlooredAtAShareOfTheWholeHistorysVolatility()
    {
        // Changes of 4 for 10 months, then flat: the recent volatility is 0, the floor half of the overall RMS change.
        var values = Enumerable.Range(0, 30).Select(k => (double)Math.Min(k, 10) * 4).ToArray();
        var spread = new ErrorSpread { VolatilityWindow = 5, FloorShare = 0.5 };
        var overall = Math.Sqrt(10 * 16 / 29.0);
        Assert.Equal(0.5 * overall, spread.Volatility(values, 30), 12);
    }

    [Fact]
    public void UnscaledSpreadsUseTheRawErrors() =>
        Assert.Equal(1, ErrorSpread.Unscaled.Volatility([1, 5, 2, 8], 4));

    [Fact]
    public void StandardizedErrorsDivideEachErrorByTheVolatilityWhenItWasMade()
    {
        // A series whose monthly changes double in size half way; persistence's errors double with them,
        // so its standardized errors stay the same size.
        var values = new double[200];
        for (var k = 1; k < values.Length; k++)
        {
            values[k] = values[k - 1] + ((k % 2 == 0 ? 1 : -1) * (k < 100 ? 1 : 2)) + (k < 100 ? 0.5 : 1);
        }

        var spread = new ErrorSpread { VolatilityWindow = 24, ErrorWindow = 300, FloorShare = 0 };
        var errors = spread.StandardizedErrors((from, h) => values[from - 1], values, 1, 1);
        var early = errors[30..90].Select(Math.Abs).Average();
        var late = errors[^40..].Select(Math.Abs).Average();
        Assert.Equal(early, late, 6);
    }

    [Fact]
    public void GaussianMembersHaveTheVolatilityTimesTheErrorsRootMeanSquareAsTheirSpread()
    {
        var members = new ErrorSpread().Members(10, 2, [-3, 3, -3, 3], 2000);
        var sd = Math.Sqrt(members.Average(m => (m - 10) * (m - 10)));
        Assert.Equal(10, members.Average(), 6);
        Assert.Equal(6, sd, 1);
    }

    [Fact]
    public void EmpiricalMembersFollowTheErrorsQuantiles()
    {
        var members = new ErrorSpread { Shape = SpreadShape.Empirical }.Members(0, 2, [-1, 0, 1, 2, 8], 1001);
        var sorted = members.Order().ToArray();
        Assert.Equal(2, SampleStatistics.Quantile(sorted, 0.5), 2);
        Assert.True(sorted[^1] > 10 && sorted[0] >= -2);
    }
}
