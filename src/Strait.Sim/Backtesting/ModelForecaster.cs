using NodaTime;
using Strait.Sim.Calibration;
using Strait.Sim.Model;
using Strait.Sim.Randomness;
using Strait.Sim.Scenarios;

namespace Strait.Sim.Backtesting;

/// <summary>
/// The model's point forecasts for the backtest. The model's mean state month by month under the historical
/// drivers is computed once (a month's step reads only that month's drivers, and the election flags look two
/// months ahead, when an election is already called); a forecast from a month starts from the mean state of
/// the month before and runs with no scheduled shocks and the political calendar known at that month
/// (<see cref="Politics.PoliticalCalendar.KnownAt"/>). Mean paths are cached by starting month, so the
/// in-sample forecasts that set the spread cost little.
/// </summary>
public sealed class ModelForecaster
{
    private readonly ModelSetup _setup;
    private readonly int _horizon;
    private readonly int _runs;
    private readonly ulong _seed;
    private readonly SimState[] _trajectory;
    private readonly Dictionary<YearMonth, double[]> _paths = [];

    public ModelForecaster(ModelSetup setup, int horizon, int runs, ulong seed)
    {
        _setup = setup;
        _horizon = horizon;
        _runs = runs;
        _seed = seed;
        _trajectory = ModelSetup.MeanStates(setup.HistoryInputs(setup.History.End), setup.Definition, seed);
    }

    /// <summary>
    /// The model's forecasts as a forecaster at <paramref name="origin"/> makes them, for any starting position
    /// before it: <c>(from, h)</c> gives the value at position from + h − 1 of the index whose first month is
    /// <paramref name="firstMonth"/>. The mapping onto the index and the residuals' AR(1) rate are fitted on
    /// <paramref name="before"/>, the index before the origin; null when the history has too few months before it.
    /// </summary>
    public (Func<int, int, double> Point, int Earliest)? At(YearMonth origin, double[] before, YearMonth firstMonth)
    {
        var history = _setup.History;
        var offset = Months(firstMonth, history.Start);
        var last = Math.Min(history.IndexOf(origin) - 1, _trajectory.Length - 1);
        if (offset < 0 || last < 12)
        {
            return null;
        }

        var pairs = Enumerable.Range(0, last + 1).Select(t => (_trajectory[t].Relations, before[t + offset])).ToArray();
        var mapping = Calibrator.FitMapping(pairs);
        var residuals = pairs.Select(p => p.Item2 - mapping.ToIndex(p.Relations)).ToArray();
        var lagged = 0.0;
        var squares = 0.0;
        for (var t = 1; t < residuals.Length; t++)
        {
            lagged += residuals[t - 1] * residuals[t];
            squares += residuals[t - 1] * residuals[t - 1];
        }

        var rho = squares < 1e-12 ? 0 : Math.Clamp(lagged / squares, 0, 0.999);
        double Point(int from, int h)
        {
            var t = from - offset;
            var residual = before[from - 1] - mapping.ToIndex(_trajectory[t - 1].Relations);
            return mapping.ToIndex(Path(history.MonthAt(t), _trajectory[t - 1])[h - 1]) + (Math.Pow(rho, h) * residual);
        }

        return (Point, offset + 1);
    }

    private double[] Path(YearMonth start, SimState initial)
    {
        if (_paths.TryGetValue(start, out var cached))
        {
            return cached;
        }

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

        _paths[start] = mean;
        return mean;
    }

    private static int Months(YearMonth from, YearMonth to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;
}
