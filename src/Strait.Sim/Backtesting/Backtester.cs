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
/// <see cref="FirstOrigin"/> while the longest horizon's month is measured; the forecast for horizon h is
/// the month origin + h − 1, made from data before the origin. Three methods:
/// <list type="bullet">
/// <item><b>model</b>: the model's ensemble from the origin, its relations set from the last measured index
/// value (through a mapping refitted on data before the origin), the other state from the historical
/// drivers up to the origin; after the origin only the political calendar is known (no scheduled shocks).
/// Parameters are those of the setup (defaults, or fitted.yaml if present: then fitted on all the data,
/// which leaks; say so when reporting).</item>
/// <item><b>persistence</b>: the last value plus the empirical h-month changes seen before the origin.</item>
/// <item><b>autoregressive</b>: an AR(1) fitted by least squares on data before the origin; Gaussian forecast
/// distribution represented by its quantiles at (i + ½)/n.</item>
/// </list>
/// </summary>
public sealed class Backtester(ModelSetup setup, HistorySeries history)
{
    public static readonly YearMonth FirstOrigin = new(2008, 1);

    public IReadOnlyList<int> Horizons { get; init; } = [12, 24];

    public int Members { get; init; } = 200;

    public int MappingRuns { get; init; } = 64;

    public ulong Seed { get; init; } = 2008;

    public BacktestReport Run()
    {
        var index = history.MonthlyIndex;
        var forecasts = new List<Forecast>();
        if (index.Count == 0)
        {
            return Report(forecasts);
        }

        var lastMeasured = index[^1].Month;
        var maxHorizon = Horizons.Max();
        for (var origin = FirstOrigin; origin.PlusMonths(Horizons.Min() - 1) <= lastMeasured; origin = origin.PlusMonths(12))
        {
            var before = history.Before(origin);
            if (before.MonthlyIndex.Count < 24 || origin <= setup.History.Start)
            {
                continue;
            }

            var observed = Horizons.Where(h => origin.PlusMonths(h - 1) <= lastMeasured)
                .ToDictionary(h => h, h => index.First(m => m.Month == origin.PlusMonths(h - 1)).Value);
            var model = ModelEnsembles(origin, before, maxHorizon);
            var persistence = Persistence(before);
            var autoregressive = Autoregressive(before);
            foreach (var (h, y) in observed)
            {
                forecasts.Add(Score("model", origin, h, y, model[h]));
                forecasts.Add(Score("persistence", origin, h, y, persistence(h)));
                forecasts.Add(Score("autoregressive", origin, h, y, autoregressive(h)));
            }
        }

        return Report(forecasts);
    }

    private Dictionary<int, double[]> ModelEnsembles(YearMonth origin, HistorySeries before, int maxHorizon)
    {
        var definition = setup.Definition;
        var mappingEnd = before.MonthlyIndex[^1].Month < setup.History.End ? before.MonthlyIndex[^1].Month : setup.History.End;
        var mean = Calibrator.MeanPath(definition, setup.HistoryInputs(mappingEnd), MappingRuns, Seed);
        var pairs = before.MonthlyIndex.Where(m => m.Month >= setup.History.Start && m.Month <= mappingEnd)
            .Select(m => (mean.Relations[setup.History.IndexOf(m.Month)], m.Value)).ToArray();
        var mapping = Calibrator.FitMapping(pairs);
        var start = setup.StartState(origin, definition, Seed);
        if (Math.Abs(mapping.Scale) > 1e-9)
        {
            start.Relations = Math.Clamp(mapping.ToRelations(before.MonthlyIndex[^1].Value), -100, 100);
        }

        var scenario = new Scenario($"backtest-{origin}", null, origin, maxHorizon, [], [], [], new Dictionary<string, double>(), new Dictionary<StateVariable, double>());
        var inputs = ScenarioInputs.Create(scenario, setup.Calendar, setup.Catalogue, start);
        var ensembles = Horizons.ToDictionary(h => h, _ => new double[Members]);
        for (var member = 0; member < Members; member++)
        {
            var rng = Xoshiro256.ForRun(Seed + (ulong)origin.Year, member);
            var state = start;
            state.Month = 0;
            for (var t = 0; t < maxHorizon; t++)
            {
                definition.Step(ref state, inputs, ref rng);
                foreach (var h in Horizons)
                {
                    if (t == h - 1)
                    {
                        ensembles[h][member] = mapping.ToIndex(state.Relations);
                    }
                }
            }
        }

        return ensembles;
    }

    private static Func<int, double[]> Persistence(HistorySeries before)
    {
        var values = before.MonthlyIndex.Select(m => m.Value).ToArray();
        var last = values[^1];
        return h =>
        {
            var changes = Enumerable.Range(0, Math.Max(0, values.Length - h)).Select(t => values[t + h] - values[t]).ToArray();
            return changes.Length == 0 ? [last] : changes.Select(c => last + c).ToArray();
        };
    }

    private Func<int, double[]> Autoregressive(HistorySeries before)
    {
        var y = before.MonthlyIndex.Select(m => m.Value).ToArray();
        var x = y[..^1];
        var next = y[1..];
        var mx = x.Average();
        var my = next.Average();
        var sxx = x.Sum(v => (v - mx) * (v - mx));
        var phi = sxx < 1e-12 ? 0 : x.Zip(next, (a, b) => (a - mx) * (b - my)).Sum() / sxx;
        phi = Math.Clamp(phi, -0.999, 0.999);
        var c = my - (phi * mx);
        var residuals = x.Zip(next, (a, b) => b - (c + (phi * a))).ToArray();
        var sigma = Math.Sqrt(residuals.Sum(r => r * r) / Math.Max(1, residuals.Length - 2));
        var members = Members;
        return h =>
        {
            var mean = y[^1];
            var variance = 0.0;
            for (var k = 0; k < h; k++)
            {
                mean = c + (phi * mean);
                variance = (phi * phi * variance) + (sigma * sigma);
            }

            var sd = Math.Sqrt(variance);
            return Enumerable.Range(0, members).Select(i => mean + (sd * Normal.InvCDF(0, 1, (i + 0.5) / members))).ToArray();
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
