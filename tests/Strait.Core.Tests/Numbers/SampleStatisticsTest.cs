using Strait.Core.Numbers;

namespace Strait.Core.Tests.Numbers;

public sealed class SampleStatisticsTest
{
    [Theory]
    [InlineData(new double[] { 3, 1, 2 }, 2.0)]
    [InlineData(new double[] { 4, 1, 3, 2 }, 2.5)]
    public void Median_of_odd_and_even_counts(double[] values, double expected) =>
        Assert.Equal(expected, SampleStatistics.Median(values));

    [Fact]
    public void Median_of_nothing_is_NaN() => Assert.True(double.IsNaN(SampleStatistics.Median([])));

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 2.5)]
    [InlineData(1.0, 4.0)]
    public void QuantilesInterpolateBetweenOrderStatistics(double q, double expected) =>
        Assert.Equal(expected, SampleStatistics.Quantile([1, 2, 3, 4], q), 12);
}
