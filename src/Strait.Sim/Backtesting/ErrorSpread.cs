using MathNet.Numerics.Distributions;
using Strait.Core.Numbers;

namespace Strait.Sim.Backtesting;

/// <summary>The shape of a predictive distribution built from past errors.</summary>
public enum SpreadShape
{
    /// <summary>Gaussian, with the root mean square of the (scaled) errors as its standard deviation.</summary>
    Gaussian,

    /// <summary>The empirical quantiles of the (scaled) errors themselves, added to the point forecast.</summary>
    Empirical,
}

/// <summary>
/// A method's predictive distribution from its own past errors, the same rule for every method. For a
/// horizon h the method forecasts, in sample, from each of the last <see cref="ErrorWindow"/> positions whose
/// outcome was known before the origin; each error is divided by the index's volatility at the position it
/// was made from (<see cref="Volatility"/>), and the predictive members are the point forecast plus the
/// volatility at the origin times those standardized errors (<see cref="Shape"/>: a Gaussian of their root
/// mean square, or their empirical quantiles). So a forecast made in a turbulent period is as wide, relative
/// to the turbulence then, as the method's past forecasts were relative to theirs. With
/// <see cref="VolatilityWindow"/> 0 nothing is rescaled (the errors are used as they are).
/// </summary>
public sealed record ErrorSpread
{
    /// <summary>The spread used before volatility scaling: raw errors at the last 60 positions, Gaussian.</summary>
    public static ErrorSpread Unscaled => new() { VolatilityWindow = 0, ErrorWindow = 60 };

    /// <summary>Months before a position whose month-to-month changes measure the volatility there; 0: no scaling.</summary>
    public int VolatilityWindow { get; init; } = 60;

    /// <summary>In-sample forecast positions (the most recent ones) whose errors are used.</summary>
    public int ErrorWindow { get; init; } = 240;

    /// <summary>
    /// The volatility is never taken below this share of the root mean square monthly change of all the data
    /// before the position, so that a quiet stretch (the index decaying towards zero) does not make later
    /// errors look enormous.
    /// </summary>
    public double FloorShare { get; init; } = 0.25;

    /// <summary>Fewer in-sample errors than this and the method borrows a reference method's standardized errors.</summary>
    public int MinimumErrors { get; init; } = 12;

    public SpreadShape Shape { get; init; } = SpreadShape.Gaussian;

    /// <summary>
    /// The volatility of <paramref name="values"/> just before position <paramref name="position"/>: the root
    /// mean square of the monthly changes among the last <see cref="VolatilityWindow"/> values before it,
    /// floored (<see cref="FloorShare"/>); 1 when rescaling is off.
    /// </summary>
    public double Volatility(IReadOnlyList<double> values, int position)
    {
        if (VolatilityWindow <= 0)
        {
            return 1;
        }

        var recent = RootMeanSquareChange(values, Math.Max(1, position - VolatilityWindow + 1), position);
        var floor = FloorShare * RootMeanSquareChange(values, 1, position);
        var volatility = Math.Max(recent, floor);
        return volatility > 1e-9 ? volatility : 1;
    }

    /// <summary>
    /// A method's standardized in-sample errors h months ahead: for each of the last <see cref="ErrorWindow"/>
    /// positions <c>from</c> (not before <paramref name="earliest"/>) whose outcome at from + h − 1 lies within
    /// <paramref name="before"/>, <c>(before[from + h − 1] − point(from, h)) / Volatility(before, from)</c>.
    /// </summary>
    public double[] StandardizedErrors(Func<int, int, double> point, double[] before, int h, int earliest)
    {
        var last = before.Length - h + 1;
        var first = Math.Max(Math.Max(earliest, 1), last - ErrorWindow);
        var errors = new List<double>();
        for (var from = first; from < last; from++)
        {
            errors.Add((before[from + h - 1] - point(from, h)) / Volatility(before, from));
        }

        return [.. errors];
    }

    /// <summary>The predictive members: the point forecast plus the volatility at the origin times the standardized errors' quantiles.</summary>
    public double[] Members(double point, double volatility, IReadOnlyList<double> standardized, int members)
    {
        if (standardized.Count == 0)
        {
            return Enumerable.Repeat(point, members).ToArray();
        }

        if (Shape == SpreadShape.Gaussian)
        {
            var sd = volatility * Math.Sqrt(standardized.Average(e => e * e));
            return Enumerable.Range(0, members).Select(i => point + (sd * Normal.InvCDF(0, 1, (i + 0.5) / members))).ToArray();
        }

        var sorted = standardized.Order().ToArray();
        return Enumerable.Range(0, members).Select(i => point + (volatility * SampleStatistics.Quantile(sorted, (i + 0.5) / members))).ToArray();
    }

    private static double RootMeanSquareChange(IReadOnlyList<double> values, int from, int to)
    {
        var sum = 0.0;
        var count = 0;
        for (var k = Math.Max(from, 1); k < Math.Min(to, values.Count); k++)
        {
            var change = values[k] - values[k - 1];
            sum += change * change;
            count++;
        }

        return count == 0 ? 0 : Math.Sqrt(sum / count);
    }
}
