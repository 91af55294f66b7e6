using NodaTime;
using Strait.Core.Numbers;
using Strait.Sim.Calibration;
using Strait.Sim.Model;
using Strait.Sim.Randomness;
using Strait.Sim.Scenarios;

namespace Strait.Sim.Backtesting;

/// <summary>
/// One forecast: method, origin, horizon, what happened and the predictive distribution's summary (median,
/// 10% and 90% quantiles, CRPS); <see cref="Point"/> is the method's point forecast, <see cref="Volatility"/>
/// the index's volatility at the origin that scaled the spread, <see cref="BorrowedErrors"/> whether the
/// method had too few in-sample errors and used persistence's standardized errors instead.
/// </summary>
public sealed record Forecast(string Method, YearMonth Origin, int Horizon, double Observed, double Median, double Low10, double High90, double Crps)
{
    public double Point { get; init; } = Median;

    public double Volatility { get; init; } = 1;

    public bool BorrowedErrors { get; init; }
}

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
    IReadOnlyList<Forecast> Forecasts)
{
    /// <summary>What the ARX model forecast chose at each origin and horizon (empty for the other model forecasts).</summary>
    public IReadOnlyList<ArxChoice> ArxChoices { get; init; } = [];
}

/// <summary>
/// Rolling-origin out-of-sample forecasts of the monthly index. Origins: every January from
/// <see cref="FirstOrigin"/> while the shortest horizon's month is measured; the forecast for horizon h is
/// the month origin + h − 1, made from data before the origin only (the index before it, the historical
/// drivers before it, the political calendar as known then). Every method's predictive distribution comes
/// from the same rule, <see cref="Spread"/> (by default its own in-sample errors, standardized by the
/// volatility of the index when each was made and rescaled to the volatility of the 36 months before the
/// origin). The three point forecasts:
/// <list type="bullet">
/// <item><b>model</b> (<see cref="ModelForecastKind.Arx"/> by default, see below; <see cref="ModelForecastKind.Anchored"/>): the model's mean path from the
/// origin plus the last residual decaying at the residuals' AR(1) rate, <c>map(g(h)) + ρ^h (y₀ − map(s₀))</c>:
/// <c>s</c> is the model's mean path under the historical drivers up to the month before the origin, <c>map</c>
/// the least-squares line from it to the index before the origin, <c>ρ</c> fitted on those residuals, <c>g</c>
/// the mean of <see cref="ForecastRuns"/> runs from the origin with no scheduled shocks and only the political
/// calendar known at the origin (<see cref="Politics.PoliticalCalendar.KnownAt"/>: regular term ends and
/// elections, not early removals). <see cref="ModelForecastKind.Assimilated"/> instead runs the model from its
/// state at the origin with relations set so that the mapped index equals the last observation;
/// <see cref="ModelForecastKind.Arx"/> fits, per origin and horizon on the index before the origin, an ARX that
/// reverts towards <c>a + β g(h)</c> and keeps β only when the model path passed a pseudo-out-of-sample check
/// there (<see cref="ArxEstimator"/>; the choices are in <see cref="BacktestReport.ArxChoices"/>). Parameters are
/// those of the setup: with fitted.yaml they were fitted on all the data, which leaks; the command says which
/// file was used.</item>
/// <item><b>persistence</b>: the last value.</item>
/// <item><b>autoregressive</b>: an AR(1) fitted by least squares on all the data before the origin, iterated.</item>
/// </list>
/// </summary>
public sealed class Backtester(ModelSetup setup, HistorySeries history)
{
    /// <summary>The first origin (a January by default): the index before it trains the first forecasts. 2008-01 leaves the 1990s and 2000s to learn from.</summary>
    public YearMonth FirstOrigin { get; init; } = new(2008, 1);

    public static readonly IReadOnlyList<string> Methods = ["model", "persistence", "autoregressive"];

    public IReadOnlyList<int> Horizons { get; init; } = [12, 24];

    public int Members { get; init; } = 200;

    /// <summary>Runs of each model forecast from an origin (their mean is the model's path).</summary>
    public int ForecastRuns { get; init; } = 32;

    /// <summary>How every method's predictive distribution is built from its own past errors.</summary>
    public ErrorSpread Spread { get; init; } = new();

    /// <summary>
    /// The model's forecast; <see cref="ModelForecastKind.Arx"/> by default, chosen over Anchored because it scored
    /// better on these same back-test forecasts (so that choice is not itself out of sample).
    /// </summary>
    public ModelForecastKind ModelForecast { get; init; } = ModelForecastKind.Arx;

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
        var model = new ModelForecaster(setup, Horizons.Max(), ForecastRuns, Seed, ModelForecast);
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

            var methods = new (string Name, Func<int, int, double> Point, Func<int, int> Earliest)[]
            {
                ("model", modelPoint.Point, modelPoint.Earliest),
                ("persistence", (from, _) => before[from - 1], _ => 1),
                ("autoregressive", Autoregressive(before), _ => 1),
            };
            var volatility = Spread.Volatility(before, known);
            foreach (var h in Horizons.Where(h => origin.PlusMonths(h - 1) <= lastMeasured))
            {
                var observed = values[known + h - 1];
                var reference = Spread.StandardizedErrors(methods[1].Point, before, h, 1);
                foreach (var (name, point, earliest) in methods)
                {
                    var errors = Spread.StandardizedErrors(point, before, h, earliest(h));
                    var borrowed = errors.Length < Spread.MinimumErrors;
                    var members = Spread.Members(point(known, h), volatility, borrowed ? reference : errors, Members);
                    forecasts.Add(Score(name, origin, h, observed, point(known, h), volatility, borrowed, members));
                }
            }
        }

        return Report(forecasts) with { ArxChoices = model.ArxChoices.OrderBy(c => c.Origin).ThenBy(c => c.Horizon).ToArray() };
    }

    private static int Months(YearMonth from, YearMonth to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;

    /// <summary>An AR(1) <c>y(t) = c + φ y(t − 1)</c> fitted by least squares on <paramref name="y"/>, iterated h months from position from.</summary>
    public static Func<int, int, double> Autoregressive(double[] y)
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

    private static Forecast Score(string method, YearMonth origin, int horizon, double observed, double point, double volatility, bool borrowed, double[] members)
    {
        var sorted = (double[])members.Clone();
        Array.Sort(sorted);
        return new Forecast(method, origin, horizon, observed, SampleStatistics.Quantile(sorted, 0.5), SampleStatistics.Quantile(sorted, 0.1), SampleStatistics.Quantile(sorted, 0.9), Crps.Ensemble(sorted, observed))
        {
            Point = point,
            Volatility = volatility,
            BorrowedErrors = borrowed,
        };
    }

    private BacktestReport Report(List<Forecast> forecasts)
    {
        var overall = Methods.ToDictionary(m => m, m => Scores.Of(forecasts.Where(f => f.Method == m).ToArray()));
        var byHorizon = Methods.ToDictionary(
            m => m,
            m => (IReadOnlyDictionary<int, Scores>)Horizons.ToDictionary(h => h, h => Scores.Of(forecasts.Where(f => f.Method == m && f.Horizon == h).ToArray())));
        return new BacktestReport(overall, byHorizon, forecasts);
    }
}
