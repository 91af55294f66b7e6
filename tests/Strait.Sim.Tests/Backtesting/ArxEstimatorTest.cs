using Strait.Sim.Backtesting;

namespace Strait.Sim.Tests.Backtesting;

public class ArxEstimatorTest
{
    private const int Horizon = 12;

    /// <summary>
    /// A made-up model path (a slow cycle and a fast wobble) and an index that is 10 + 2 × model plus an AR(1) departure with rate
    /// 0.8 and small shocks when <paramref name="followsModel"/>, or an AR(1) around 10 that ignores the model.
    /// Returns the one-month steps and the 12-month cases that start where the steps start.
    /// </summary>
    private static (ArxRow[] Steps, ArxRow[] Cases) Series(bool followsModel, int months = 240)
    {
        var rng = new Random(11);
        var model = Enumerable.Range(0, months + Horizon).Select(t => (15 * Math.Sin(t / 20.0)) + (5 * Math.Sin(t * 1.3))).ToArray();
        var index = new double[months];
        var departure = 0.0;
        for (var t = 0; t < months; t++)
        {
            departure = (0.8 * departure) + (2 * (rng.NextDouble() - 0.5));
            index[t] = 10 + (followsModel ? 2 * model[t] : 0) + departure;
        }

        var steps = Enumerable.Range(1, months - 1).Select(p => new ArxRow(index[p - 1], model[p - 1], model[p], index[p])).ToArray();
        var cases = Enumerable.Range(1, months - Horizon).Select(p => new ArxRow(index[p - 1], model[p - 1], model[p + Horizon - 1], index[p + Horizon - 1])).ToArray();
        return (steps, cases);
    }

    [Fact]
    public void FitRecoversTheLevelScaleAndRateOfAnIndexThatFollowsTheModel()
    {
        var (steps, _) = Series(followsModel: true);
        var fit = new ArxEstimator().Fit(steps, steps.Length, useModel: true);
        Assert.Equal(2, fit.Scale, 1);
        Assert.InRange(fit.Phi, 0.7, 0.9);
        Assert.InRange(fit.Level, 9, 11);
    }

    [Fact]
    public void WithoutTheModelTheFitIsTheLeastSquaresAutoregression()
    {
        // β = 0 must give the AR(1) baseline's φ (to the grid's step) on the same data.
        var (steps, _) = Series(followsModel: false);
        var x = steps.Select(r => r.Start).ToArray();
        var y = steps.Select(r => r.Outcome).ToArray();
        var (mx, my) = (x.Average(), y.Average());
        var phi = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum() / x.Sum(v => (v - mx) * (v - mx));
        var fit = new ArxEstimator().Fit(steps, steps.Length, useModel: false);
        Assert.False(fit.UsesModel);
        Assert.Equal(0, fit.Scale);
        Assert.Equal(phi, fit.Phi, 2);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void KeepsTheModelPathOnlyWhenItForecastsBetterOutOfSample(bool followsModel, bool kept)
    {
        var (steps, cases) = Series(followsModel);
        var selection = new ArxEstimator().Select(steps, 0, cases, Horizon);
        Assert.Equal(kept, selection.Chosen.UsesModel);
        Assert.True(selection.Validations >= 12);
    }

    [Fact]
    public void TooFewCasesToCheckMeansTheAutoregression()
    {
        var (steps, cases) = Series(followsModel: true, months: 40);
        var selection = new ArxEstimator().Select(steps, 0, cases, Horizon);
        Assert.False(selection.Chosen.UsesModel);
        Assert.True(selection.Validations < 12);
    }
}
