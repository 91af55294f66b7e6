using System.Diagnostics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using NodaTime;
using Strait.Sim.Model;
using Strait.Sim.MonteCarlo;
using Strait.Sim.Parameters;

namespace Strait.Sim.Calibration;

/// <summary>How the fit went: the fitted values, the mapping onto the index, and fit figures.</summary>
public sealed record CalibrationResult(
    ParameterSet Parameters,
    IndexMapping Mapping,
    IReadOnlyList<(string Name, double Before, double After)> Changes,
    double ObjectiveBefore,
    double Objective,
    double IndexRmse,
    double IndexCorrelation,
    double OpinionRmse,
    int IndexMonths,
    int OpinionPoints,
    int Evaluations,
    double Seconds);

/// <summary>
/// Fits the parameters marked <c>fit: true</c> to history. The simulated path is the mean of
/// <see cref="Runs"/> runs (common random numbers: the same seeds at every evaluation, so the objective is
/// smooth) driven by the historical drivers (history.yaml, calendar.yaml). The objective is
/// <c>SSE(index) / (n × var(index)) + OpinionWeight × SSE(opinion) / (n × var(opinion))</c>, where the simulated
/// index is mapped by least squares (<see cref="FitMapping"/>) and opinion compares each public's mean view
/// in the survey's fieldwork month. Minimised by MathNet's Nelder–Mead simplex over the parameters
/// transformed to be unbounded (logit of their position between min and max).
/// </summary>
public sealed class Calibrator(ModelSetup setup, IHistorySource history)
{
    public int Runs { get; init; } = 64;

    public ulong Seed { get; init; } = 20121;

    public double OpinionWeight { get; init; } = 0.5;

    public int MaxEvaluations { get; init; } = 300;

    public CalibrationResult Fit()
    {
        var clock = Stopwatch.StartNew();
        var fitted = setup.Parameters.Fitted;
        var evaluations = 0;
        var best = (Value: double.PositiveInfinity, Point: (Vector<double>?)null);
        double Objective(Vector<double> z)
        {
            evaluations++;
            var value = Evaluate(setup.Parameters.With(ToParameters(fitted, z))).Objective;
            if (value < best.Value)
            {
                best = (value, z.Clone());
            }

            return value;
        }

        var start = Vector<double>.Build.DenseOfEnumerable(fitted.Select(p => ToUnbounded(p, p.Value)));
        var before = Evaluate(setup.Parameters);
        try
        {
            var simplex = new NelderMeadSimplex(1e-4, MaxEvaluations);
            simplex.FindMinimum(ObjectiveFunction.Value(Objective), start, Vector<double>.Build.Dense(fitted.Count, 0.5));
        }
        catch (MaximumIterationsException)
        {
            // The best point seen so far is kept below.
        }

        var parameters = setup.Parameters.With(ToParameters(fitted, best.Point ?? start));
        var after = Evaluate(parameters);
        parameters = parameters.With([new("mapping.offset", after.Mapping.Offset), new("mapping.scale", after.Mapping.Scale)]);
        var changes = fitted.Select(p => (p.Name, p.Value, parameters.Value(p.Name))).ToArray();
        return new CalibrationResult(parameters, after.Mapping, changes, before.Objective, after.Objective, after.IndexRmse, after.Correlation,
            after.OpinionRmse, after.IndexMonths, after.OpinionPoints, evaluations, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The fit of one parameter set to the history.</summary>
    public Fit Evaluate(ParameterSet parameters)
    {
        var index = history.MonthlyIndex;
        var definition = ModelDefinition.Create(parameters, setup.Catalogue).Value;
        var last = index.Count > 0 ? index[^1].Month : setup.History.End;
        var end = last < setup.History.End ? last : setup.History.End;
        var inputs = setup.HistoryInputs(end, definition);
        var mean = MeanPath(definition, inputs, Runs, Seed);
        var pairs = index.Where(m => m.Month >= setup.History.Start && m.Month <= end)
            .Select(m => (Simulated: mean.Relations[setup.History.IndexOf(m.Month)], Measured: m.Value)).ToArray();
        var mapping = FitMapping(pairs);
        var sseIndex = pairs.Sum(p => Square(mapping.ToIndex(p.Simulated) - p.Measured));
        var varIndex = Variance(pairs.Select(p => p.Measured));
        var opinion = history.Opinion
            .Select(o => (o, t: setup.History.IndexOf(new YearMonth(o.Year, o.FieldworkMonth))))
            .Where(x => x.t >= 0 && x.t < inputs.Length)
            .Select(x => (Simulated: x.o.Public == Side.Korea ? mean.KoreanView[x.t] : mean.JapaneseView[x.t], Measured: x.o.Percent)).ToArray();
        var sseOpinion = opinion.Sum(p => Square(p.Simulated - p.Measured));
        var varOpinion = Variance(opinion.Select(p => p.Measured));
        var objective = (pairs.Length == 0 ? 0 : sseIndex / (pairs.Length * Math.Max(varIndex, 1e-9)))
            + (opinion.Length == 0 ? 0 : OpinionWeight * sseOpinion / (opinion.Length * Math.Max(varOpinion, 1e-9)));
        return new Fit(objective, mapping, pairs.Length == 0 ? double.NaN : Math.Sqrt(sseIndex / pairs.Length),
            Correlation(pairs.Select(p => p.Simulated).ToArray(), pairs.Select(p => p.Measured).ToArray()),
            opinion.Length == 0 ? double.NaN : Math.Sqrt(sseOpinion / opinion.Length), pairs.Length, opinion.Length);
    }

    /// <summary>The mean over runs of relations and the two views, month by month, under the historical drivers.</summary>
    public static (double[] Relations, double[] KoreanView, double[] JapaneseView) MeanPath(ModelDefinition definition, Scenarios.ScenarioInputs inputs, int runs, ulong seed)
    {
        Reporter[] reporters = [Reporter.Of(StateVariable.Relations), Reporter.Of(StateVariable.KoreanViewOfJapan), Reporter.Of(StateVariable.JapaneseViewOfKorea)];
        var (accumulator, _) = MonteCarloRunner.Run(definition, inputs, definition.Initial, runs, seed, reporters, bins: 0);
        double[] Series(int r) => Enumerable.Range(0, inputs.Length).Select(t => accumulator.Mean(r, t)).ToArray();
        return (Series(0), Series(1), Series(2));
    }

    /// <summary>The least-squares line from simulated relations to the measured index.</summary>
    public static IndexMapping FitMapping(IReadOnlyList<(double Simulated, double Measured)> pairs)
    {
        if (pairs.Count < 2)
        {
            return IndexMapping.Identity;
        }

        var mx = pairs.Average(p => p.Simulated);
        var my = pairs.Average(p => p.Measured);
        var sxx = pairs.Sum(p => Square(p.Simulated - mx));
        var sxy = pairs.Sum(p => (p.Simulated - mx) * (p.Measured - my));
        var scale = sxx < 1e-12 ? 0 : sxy / sxx;
        return new IndexMapping(my - (scale * mx), scale);
    }

    public static double Correlation(double[] x, double[] y)
    {
        if (x.Length < 2)
        {
            return double.NaN;
        }

        return MathNet.Numerics.Statistics.Correlation.Pearson(x, y);
    }

    private static IEnumerable<KeyValuePair<string, double>> ToParameters(IReadOnlyList<ModelParameter> fitted, Vector<double> z) =>
        fitted.Select((p, i) => new KeyValuePair<string, double>(p.Name, ToBounded(p, z[i])));

    private static double ToUnbounded(ModelParameter p, double value)
    {
        var share = Math.Clamp((value - p.Min) / (p.Max - p.Min), 1e-6, 1 - 1e-6);
        return Math.Log(share / (1 - share));
    }

    private static double ToBounded(ModelParameter p, double z) => p.Min + ((p.Max - p.Min) / (1 + Math.Exp(-z)));

    private static double Square(double x) => x * x;

    private static double Variance(IEnumerable<double> values)
    {
        var array = values.ToArray();
        if (array.Length < 2)
        {
            return 1;
        }

        var mean = array.Average();
        return array.Sum(v => Square(v - mean)) / array.Length;
    }
}

/// <summary>The fit figures of one parameter set.</summary>
public sealed record Fit(double Objective, IndexMapping Mapping, double IndexRmse, double Correlation, double OpinionRmse, int IndexMonths, int OpinionPoints);
