using Strait.Core.Numbers;

namespace Strait.Analysis.Index;

/// <summary>
/// The normal relations range: for each month, the median of the levels of the trailing window before it
/// ± width × 1.4826 × the median absolute deviation (at least ± the minimum half-width). Only the months
/// before are used, so a crisis is judged against the history known at the time.
/// </summary>
public sealed class NormalBand(BandSettings settings)
{
    /// <summary>Scales a median absolute deviation to a standard deviation for normally spread values.</summary>
    public const double MadScale = 1.4826;

    public IReadOnlyList<NormalRange?> Of(IReadOnlyList<double> levels)
    {
        var ranges = new NormalRange?[levels.Count];
        for (var i = 0; i < levels.Count; i++)
        {
            var start = Math.Max(0, i - settings.WindowMonths);
            if (i - start < settings.MinMonths)
            {
                continue;
            }

            var window = new double[i - start];
            for (var j = start; j < i; j++)
            {
                window[j - start] = levels[j];
            }

            var median = SampleStatistics.Median(window);
            var deviations = window.Select(v => Math.Abs(v - median)).ToArray();
            var halfWidth = Math.Max(settings.Width * MadScale * SampleStatistics.Median(deviations), settings.MinHalfWidth);
            ranges[i] = new NormalRange(median - halfWidth, median, median + halfWidth);
        }

        return ranges;
    }
}
