using NodaTime;
using Strait.Sim.Calibration;
using Strait.Sim.Model;
using Strait.Sim.Randomness;
using Strait.Sim.Scenarios;

namespace Strait.Sim.Backtesting;

/// <summary>How the model's forecast from an origin is tied to the index observed there.</summary>
public enum ModelForecastKind
{
    /// <summary>
    /// Data assimilation: the model's state at the origin is its mean state under the historical drivers with
    /// relations reset so that the mapped index equals the last observation; the forecast is the mapped mean
    /// of runs from that state, so the model's own dynamics (reversion, moves, opinion, the calendar) carry
    /// the observed level forward.
    /// </summary>
    Assimilated,

    /// <summary>
    /// The model's mean path from its own (unassimilated) state plus the last residual decaying at the
    /// residuals' AR(1) rate: <c>map(g(h)) + ρ^h (y₀ − map(s₀))</c>.
    /// </summary>
    Anchored,

    /// <summary>
    /// An ARX fitted at each origin for each horizon (<see cref="ArxEstimator"/>): the index reverts towards
    /// <c>a + β g(h)</c>, the model's mean path, at a rate φ, <c>a + β g(h) + φ^h (y₀ − a − β m₀)</c>, with a, β
    /// and φ fitted at the origin; β = 0 (the AR(1)) unless the
    /// model path lowered the h-month error in a rolling pseudo-out-of-sample check before the origin; a, β and φ
    /// are fitted by least squares on one-month steps before the origin (so with β = 0 it is the AR(1) baseline).
    /// </summary>
    Arx,
}

/// <summary>What the ARX model forecast chose at one origin and horizon (<see cref="ArxSelection"/>).</summary>
public sealed record ArxChoice(YearMonth Origin, int Horizon, ArxSelection Selection);

/// <summary>
/// The model's point forecasts for the backtest. The model's mean state month by month under the historical
/// drivers is computed once (a month's step reads only that month's drivers, and the election flags look two
/// months ahead, when an election is already called); a forecast from a month starts from the mean state of
/// the month before and runs with no scheduled shocks and the political calendar known at that month
/// (<see cref="Politics.PoliticalCalendar.KnownAt"/>). Everything fitted (the mapping onto the index, the
/// residuals' rate) is fitted at each origin on the index before it.
/// </summary>
public sealed class ModelForecaster
{
    private readonly ModelSetup _setup;
    private readonly int _horizon;
    private readonly int _runs;
    private readonly ulong _seed;
    private readonly SimState[] _trajectory;
    private readonly Dictionary<YearMonth, double[]> _paths = [];
    private readonly List<ArxChoice> _choices = [];

    public ModelForecaster(ModelSetup setup, int horizon, int runs, ulong seed, ModelForecastKind kind = ModelForecastKind.Arx)
    {
        _setup = setup;
        _horizon = horizon;
        _runs = runs;
        _seed = seed;
        Kind = kind;
        _trajectory = ModelSetup.MeanStates(setup.HistoryInputs(setup.History.End), setup.Definition, seed);
    }

    public ModelForecastKind Kind { get; }

    /// <summary>How the ARX is estimated and chosen (<see cref="ModelForecastKind.Arx"/> only).</summary>
    public ArxEstimator Estimator { get; init; } = new();

    /// <summary>The ARX choices made so far, one per origin and horizon forecast (<see cref="ModelForecastKind.Arx"/> only).</summary>
    public IReadOnlyList<ArxChoice> ArxChoices => _choices;

    /// <summary>
    /// The model's forecasts as a forecaster at <paramref name="origin"/> makes them, for any starting position
    /// before it: <c>(from, h)</c> gives the value at position from + h − 1 of the index whose first month is
    /// <paramref name="firstMonth"/>, from the values before position from. The mapping onto the index (and for
    /// <see cref="ModelForecastKind.Anchored"/> the residuals' AR(1) rate) is fitted on <paramref name="before"/>,
    /// the index before the origin; null when the history has too few months before it. Earliest gives, for a
    /// horizon, the first position the forecast can be made from (after the model's first month; for an ARX that
    /// chose the AR(1), the index's first month, as for the baseline).
    /// </summary>
    public (Func<int, int, double> Point, Func<int, int> Earliest)? At(YearMonth origin, double[] before, YearMonth firstMonth)
    {
        var history = _setup.History;
        var offset = Months(firstMonth, history.Start);
        var last = Math.Min(history.IndexOf(origin) - 1, _trajectory.Length - 1);
        if (offset < 0 || last < 12 || last + offset >= before.Length)
        {
            return null;
        }

        var pairs = Enumerable.Range(0, last + 1).Select(t => (_trajectory[t].Relations, before[t + offset])).ToArray();
        return Kind switch
        {
            ModelForecastKind.Assimilated => (Assimilated(pairs, before, offset), _ => offset + 1),
            ModelForecastKind.Arx => Arx(origin, before, offset),
            _ => (Anchored(pairs, before, offset), _ => offset + 1),
        };
    }

    /// <summary>
    /// The moment-matching map from model relations onto the index (same mean and standard deviation, the sign
    /// of their correlation): invertible without blowing up the way an attenuated regression slope would when
    /// the model explains little of the index.
    /// </summary>
    public static IndexMapping MomentMapping(IReadOnlyList<(double Simulated, double Measured)> pairs)
    {
        var regression = Calibrator.FitMapping(pairs);
        if (pairs.Count < 2)
        {
            return regression;
        }

        var mx = pairs.Average(p => p.Simulated);
        var my = pairs.Average(p => p.Measured);
        var sx = Math.Sqrt(pairs.Average(p => (p.Simulated - mx) * (p.Simulated - mx)));
        var sy = Math.Sqrt(pairs.Average(p => (p.Measured - my) * (p.Measured - my)));
        if (sx < 1e-9 || sy < 1e-9)
        {
            return regression;
        }

        var scale = (regression.Scale < 0 ? -1 : 1) * sy / sx;
        return new IndexMapping(my - (scale * mx), scale);
    }

    private Func<int, int, double> Assimilated((double Relations, double Measured)[] pairs, double[] before, int offset)
    {
        var mapping = MomentMapping(pairs);
        var paths = new Dictionary<int, double[]>();
        return (from, h) =>
        {
            var t = from - offset;
            if (!paths.TryGetValue(from, out var path))
            {
                var initial = _trajectory[t - 1];
                initial.Relations = Math.Clamp(mapping.ToRelations(before[from - 1]), -100, 100);
                path = MeanPath(_setup.History.MonthAt(t), initial);
                paths[from] = path;
            }

            return mapping.ToIndex(path[h - 1]);
        };
    }

    private Func<int, int, double> Anchored((double Relations, double Measured)[] pairs, double[] before, int offset)
    {
        var mapping = Calibrator.FitMapping(pairs);
        var residuals = pairs.Select(p => p.Measured - mapping.ToIndex(p.Relations)).ToArray();
        var lagged = 0.0;
        var squares = 0.0;
        for (var t = 1; t < residuals.Length; t++)
        {
            lagged += residuals[t - 1] * residuals[t];
            squares += residuals[t - 1] * residuals[t - 1];
        }

        var rho = squares < 1e-12 ? 0 : Math.Clamp(lagged / squares, 0, 0.999);
        return (from, h) =>
        {
            var t = from - offset;
            var residual = before[from - 1] - mapping.ToIndex(_trajectory[t - 1].Relations);
            return mapping.ToIndex(PathFrom(t)[h - 1]) + (Math.Pow(rho, h) * residual);
        };
    }

    /// <summary>
    /// The ARX, fitted on the one-month steps before the origin (index against the model's mean path under the
    /// historical drivers, from the first month with a model state; the AR(1) on all the index before the origin,
    /// as the baseline) and chosen once per horizon by the check of
    /// <see cref="ArxEstimator.Select"/> on the starts whose h-month outcome lies before the origin, then applied
    /// from any position.
    /// </summary>
    private (Func<int, int, double> Point, Func<int, int> Earliest) Arx(YearMonth origin, double[] before, int offset)
    {
        // Steps from position 1: those before the model's history (the first offset) serve the AR(1) only.
        var steps = Enumerable.Range(1, Math.Min(before.Length - 1, offset + _trajectory.Length - 1))
            .Select(p => p <= offset
                ? new ArxRow(before[p - 1], 0, 0, before[p])
                : new ArxRow(before[p - 1], _trajectory[p - offset - 1].Relations, _trajectory[p - offset].Relations, before[p]))
            .ToArray();
        var fits = new Dictionary<int, ArxModel>();
        ArxModel FitFor(int h)
        {
            if (!fits.TryGetValue(h, out var fit))
            {
                var cases = Enumerable.Range(offset + 1, Math.Max(0, before.Length - h - offset))
                    .Select(p => new ArxRow(before[p - 1], _trajectory[p - offset - 1].Relations, PathFrom(p - offset)[h - 1], before[p + h - 1]))
                    .ToArray();
                var selection = Estimator.Select(steps, offset, cases, h);
                _choices.Add(new ArxChoice(origin, h, selection));
                fit = selection.Chosen;
                fits[h] = fit;
            }

            return fit;
        }

        double Point(int from, int h)
        {
            var fit = FitFor(h);
            if (!fit.UsesModel)
            {
                return fit.Forecast(before[from - 1], 0, 0, h);
            }

            var t = from - offset;
            return fit.Forecast(before[from - 1], _trajectory[t - 1].Relations, PathFrom(t)[h - 1], h);
        }

        return (Point, h => FitFor(h).UsesModel ? offset + 1 : 1);
    }

    /// <summary>The mean path from history month t, from the mean state of the month before (cached: it does not depend on the origin).</summary>
    private double[] PathFrom(int t)
    {
        var start = _setup.History.MonthAt(t);
        if (!_paths.TryGetValue(start, out var path))
        {
            path = MeanPath(start, _trajectory[t - 1]);
            _paths[start] = path;
        }

        return path;
    }

    /// <summary>The mean relations, month by month, of <c>runs</c> runs from <paramref name="initial"/> starting in <paramref name="start"/>.</summary>
    private double[] MeanPath(YearMonth start, SimState initial)
    {
        var calendar = _setup.Calendar.KnownAt(start.OnDayOfMonth(1));
        var scenario = new Scenario($"forecast-{start}", null, start, _horizon, [], [], [], new Dictionary<string, double>(), new Dictionary<StateVariable, double>());
        var inputs = ScenarioInputs.Create(scenario, calendar, _setup.Catalogue, initial);
        var mean = new double[_horizon];
        for (var run = 0; run < _runs; run++)
        {
            var rng = Xoshiro256.ForRun(_seed + (ulong)((start.Year * 12) + start.Month), run);
            var state = initial;
            state.Month = 0;
            for (var t = 0; t < _horizon; t++)
            {
                _setup.Definition.Step(ref state, inputs, ref rng);
                mean[t] += state.Relations / _runs;
            }
        }

        return mean;
    }

    private static int Months(YearMonth from, YearMonth to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;
}
