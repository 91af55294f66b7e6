using Strait.Analysis.Index;

namespace Strait.Analysis.Tests.Index;

public class NormalBandTest
{
    [Fact]
    public void Of_draws_no_band_before_enough_history()
    {
        var ranges = new NormalBand(new BandSettings(WindowMonths: 10, MinMonths: 4, Width: 2, MinHalfWidth: 0)).Of([1, 2, 3, 4, 5]);

        Assert.Equal([true, true, true, true, false], ranges.Select(r => r is null));
    }

    [Fact]
    public void Of_centres_on_the_trailing_median_with_scaled_mad_half_width()
    {
        // Window before the last value: 1, 2, 3, 4, 100 → median 3, deviations 2, 1, 0, 1, 97 → MAD 1.
        var ranges = new NormalBand(new BandSettings(WindowMonths: 5, MinMonths: 5, Width: 2, MinHalfWidth: 0)).Of([1, 2, 3, 4, 100, -50]);

        var last = Assert.IsType<NormalRange>(ranges[^1]);
        Assert.Equal(3.0, last.Median);
        Assert.Equal(3.0 - (2 * NormalBand.MadScale), last.Low, 9);
        Assert.Equal(3.0 + (2 * NormalBand.MadScale), last.High, 9);
    }

    [Fact]
    public void Of_uses_only_the_trailing_window()
    {
        // Window of 3 before the last value: 10, 10, 10 (the early 0s are outside it).
        var ranges = new NormalBand(new BandSettings(WindowMonths: 3, MinMonths: 3, Width: 2, MinHalfWidth: 0.5)).Of([0, 0, 0, 10, 10, 10, 7]);

        var last = Assert.IsType<NormalRange>(ranges[^1]);
        Assert.Equal(10.0, last.Median);
        Assert.Equal(9.5, last.Low);
    }
}
