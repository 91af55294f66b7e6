using MathNet.Numerics.Distributions;
using NodaTime;
using Strait.Sim.Calibration;
using Strait.Sim.Model;
using Strait.Sim.Randomness;
using Strait.Sim.Scenarios;

namespace Strait.Sim.Backtesting;

/// <summary>One forecast: method, origin, horizon, what happened and the ensemble's summary.</summary>
public sealed record Forecast(string Method, YearMonth Origin, int Horizon, double Observed, double Median, double Low10, double High90, double Crps);

/// <summary>A method's scores: mean CRPS, RMSE of the ensemble median, share of outcomes inside the 10–90% interval.</summary>
public sealed record Scores(double Crps, double Rmse, double Coverage80, int Forecasts)
{
    public static Scores Of(IReadOnlyList<Forecast> forecasts) => forecasts.Count == 0
        ? new Scores(double.NaN, double.NaN, double.NaN, 0)
        : new Scores(
            forecasts.Average(f => f.Crps),
            Math.Sqrt(forecasts.Average(f => (f.Median - f.Observed) * (f.Median - f.Observed))),
            forecasts.Count(f => f.Observed >= f.Low10 && f.Observed <= f.High90) / (double)forecasts.Count,
            forecasts.Count);
}

/// <summary>The scores of the three methods, overall and per horizon, with every forecast.</summary>
public sealed record BacktestReport(
    IReadOnlyDictionary<string, Scores> Overall,
    IReadOnlyDictionary<string, IReadOnlyDictionary<int, Scores>> ByHorizon,
    IReadOnlyList<Forecast> Forecasts);

/// <summary>
/// Rolling-origin out-of-sample forecasts of the monthly index. Origins: every January from
/// <see cref="FirstOrigin"/> while the shortest horizon's month is measured; the forecast for horizon h is
/// the month origin + h − 1, made from data before the origin only. Every method gives a Gaussian predictive
/// distribution (represented by its quantiles at (i + ½)/n) around its own point forecast, whose spread is
/// the root mean square of that method's own h-month-ahead errors at the last <see cref="ErrorWindow"/>
/// in-sample forecast origins whose outcome was known before the origin (so an 80% interval holds about 80%
/// of recent in-sample outcomes). The three point forecasts:
/// <list type="bullet">
/// <item><b>model</b>: the model's mean path from the origin plus the last residual decaying at the residual's
/// AR(1) rate: <c>map(g(h)) + ρ^h (y₀ − map(s₀))</c>. <c>s</c> is the model's mean path under the historical
/// drivers up to the month before the origin (what had happened by then), <c>map</c> the least-squares line
/// from it to the measured index before the origin, <c>ρ</c> fitted by least squares on those residuals, and
/// <c>g</c> the mean of <see cref="ForecastRuns"/> runs from the origin with no scheduled shocks and only the
/// political calendar known at the origin (<see cref="PoliticalCalendar.KnownAt"/>: regular term ends and
/// elections, not early removals). Parameters are those of the setup: with fitted.yaml they were fitted on
/// all the data, which leaks; the command says which file was used.</item>
/// <item><b>persistence</b>: the last value.</item>
/// <item><b>autoregressive</b>: an AR(1) fitted by least squares on all the data before the origin, iterated.</item>
/// </list>
/// </summary>
public sealed class Backtester(ModelSetup setup, HistorySeries history)
{
    public static readonly YearMonth FirstOrigin = new(2008, 1);

    public IReadOnlyList<int> Horizons { get; init; } = [12, 24];

    public int Members { get; init; } = 200;

    /// <summary>Runs of each model forecast from an origin (their mean is the model's path).</summary>
    public int ForecastRuns { get; init; } = 32;

    /// <summary>In-sample forecast origins whose errors set the spread of each method's forecasts.</summary>
    public int ErrorWindow { get; init; } = 60;

    public ulong Seed { get; init; } = 2008;

    public BacktestReport Run()
    {
        var index = history.MonthlyIndex;
        var forecasts = new List<Forecast>();
        if (index.Count == 0)
        {
            return Report(forecasts);
        }

        var values = index.Select(m => m.Value).ToArray();
        var firstMonth = index[0].Month;
        var lastMeasured = index[^1].Month;
        var model = new ModelForecaster(setup, Horizons.Max(), ForecastRuns, Seed);
        for (var origin = FirstOrigin; origin.PlusMonths(Horizons.Min() - 1) <= lastMeasured; origin = origin.PlusMonths(12))
        {
            var known = Months(firstMonth, origin);
            if (known < 24 || origin < setup.History.Start.PlusMonths(24))
            {
                continue;
            }

            var before = values[..known];
            if (model.At(origin, before, firstMonth) is not { } modelPoint)
            {
                continue;
            }

            var methods = new (string Name, Func<int, int, double> Point, int Earliest)[]
            {
                ("model", modelPoint.Point, modelPoint.Earliest),
                ("persistence", (from, _) => before[from - 1], 1),
                ("autoregressive", Autoregressive(before), 1),
            };
            foreach (var h in Horizons.Where(h => origin.PlusMonths(h - 1) <= lastMeasured))
            {
                var observed = values[known + h - 1];
                foreach (var (name, point, earliest) in methods)
                {
                    forecasts.Add(Score(name, origin, h, observed, Gaussian(point(known, h), Spread(point, before, h, earliest))));
                }
            }
        }

        return Report(forecasts);
    }

    private static int Months(YearMonth from, YearMonth to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;

    /// <summary>
    /// The root mean square of a method's in-sample errors h months ahead over the last <see cref="ErrorWindow"/>
    /// origins (index positions) whose outcome lies before the real origin. <paramref name="point"/>(from, h)
    /// forecasts the value at position from + h − 1 from the values before position from.
    /// </summary>
    private double Spread(Func<int, int, double> point, double[] before, int h, int earliest)
    {
        var last = before.Length - h + 1;
        var first = Math.Max(earliest, last - ErrorWindow);
        var sum = 0.0;
        var count = 0;
        for (var from = first; from < last; from++)
        {
            var error = before[from + h - 1] - point(from, h);
            sum += error * error;
            count++;
        }

        return count == 0 ? 0 : Math.Sqrt(sum / count);
    }

    private double[] Gaussian(double mean, double sd) =>
        Enumerable.Range(0, Members).Select(i => mean + (sd * Normal.InvCDF(0, 1, (i + 0.5) / Members))).ToArray();

    private static Func<int, int, double> Autoregressive(double[] y)
    {
        var x = y[..^1];
        var next = y[1..];
        var mx = x.Average();
        var my = next.Average();
        var sxx = x.Sum(v => (v - mx) * (v - mx));
        var phi = sxx < 1e-12 ? 0 : x.Zip(next, (a, b) => (a - mx) * (b - my)).Sum() / sxx;
        phi = Math.Clamp(phi, -0.999, 0.999);
        var c = my - (phi * mx);
        return (from, h) =>
        {
            var mean = y[from - 1];
            for (var k = 0; k < h; k++)
            {
                mean = c + (phi * mean);
            }

            return mean;
        };
    }

    private static Forecast Score(string method, YearMonth origin, int horizon, double observed, double[] members)
    {
        var sorted = (double[])members.Clone();
        Array.Sort(sorted);
        return new Forecast(method, origin, horizon, observed, Quantile(sorted, 0.5), Quantile(sorted, 0.1), Quantile(sorted, 0.9), Crps.Ensemble(sorted, observed));
    }

    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }

    private BacktestReport Report(List<Forecast> forecasts)
    {
        string[] methods = ["model", "persistence", "autoregressive"];
        var overall = methods.ToDictionary(m => m, m => Scores.Of(forecasts.Where(f => f.Method == m).ToArray()));
        var byHorizon = methods.ToDictionary(
            m => m,
            m => (IReadOnlyDictionary<int, Scores>)Horizons.ToDictionary(h => h, h => Scores.Of(forecasts.Where(f => f.Method == m && f.Horizon == h).ToArray())));
        return new BacktestReport(overall, byHorizon, forecasts);
    }
}
