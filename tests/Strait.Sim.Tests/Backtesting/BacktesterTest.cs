using NodaTime;
using Strait.Sim.Backtesting;
using Strait.Sim.Calibration;

namespace Strait.Sim.Tests.Backtesting;

public class BacktesterTest
{
    [Fact]
    public void ScoresThreeMethodsOnEveryYearlyOriginAndHorizon()
    {
        // A made-up index: a slow cycle with a little wobble, monthly from 2000-01 to 2025-12.
        var start = new YearMonth(2000, 1);
        var months = Enumerable.Range(0, 312).Select(t => (start.PlusMonths(t), (20 * Math.Sin(t / 30.0)) + (2 * Math.Cos(t * 1.7))));
        var report = new Backtester(TestModel.Setup, new HistorySeries(months, [])) { Members = 40, ForecastRuns = 8 }.Run();
        Assert.Equal(["autoregressive", "model", "persistence"], report.Overall.Keys.Order());
        // Origins 2008-01 .. 2025-01 for 12 months ahead (18), 2008-01 .. 2024-01 for 24 (17).
        Assert.Equal(18, report.ByHorizon["model"][12].Forecasts);
        Assert.Equal(17, report.ByHorizon["model"][24].Forecasts);
        foreach (var scores in report.Overall.Values)
        {
            Assert.InRange(scores.Coverage80, 0, 1);
            Assert.True(scores.Crps >= 0 && scores.Rmse >= 0);
        }

        Assert.All(report.Forecasts, f => Assert.True(f.Low10 <= f.Median && f.Median <= f.High90));
    }

    [Fact]
    public void ALaterFirstOriginStartsTheForecastsThere()
    {
        var start = new YearMonth(2000, 1);
        var months = Enumerable.Range(0, 312).Select(t => (start.PlusMonths(t), (20 * Math.Sin(t / 30.0)) + (2 * Math.Cos(t * 1.7))));
        var first = new YearMonth(2016, 7);
        var report = new Backtester(TestModel.Setup, new HistorySeries(months, [])) { Members = 20, ForecastRuns = 2, FirstOrigin = first }.Run();
        // Origins 2016-07 .. 2024-07 for 12 months ahead (9), .. 2023-07 for 24 (8).
        Assert.Equal(9, report.ByHorizon["persistence"][12].Forecasts);
        Assert.Equal(8, report.ByHorizon["persistence"][24].Forecasts);
        Assert.Equal(first, report.Forecasts.Min(f => f.Origin));
        Assert.All(report.Forecasts, f => Assert.Equal(7, f.Origin.Month));
    }

    [Theory]
    [InlineData(ModelForecastKind.Anchored)]
    [InlineData(ModelForecastKind.Assimilated)]
    [InlineData(ModelForecastKind.Arx)]
    public void ForecastsDoNotChangeWhenTheIndexAfterTheOriginChanges(ModelForecastKind kind)
    {
        // Two made-up histories, equal before 2015-01 and wholly different from then on: every forecast made
        // at an origin up to 2015-01, by every method, must be the same in both (only the outcome differs).
        var start = new YearMonth(2000, 1);
        var cut = new YearMonth(2015, 1);
        var months = Enumerable.Range(0, 312).Select(t => start.PlusMonths(t)).ToArray();
        var calm = months.Select((m, t) => (m, (15 * Math.Sin(t / 25.0)) + (3 * Math.Cos(t * 1.3)))).ToArray();
        var changed = calm.Select((p, t) => p.m < cut ? p : (p.m, p.Item2 + 40 + (t % 7 * 5.0))).ToArray();
        Backtester Tester(IEnumerable<(YearMonth, double)> index) =>
            new(TestModel.Setup, new HistorySeries(index, [])) { Members = 40, ForecastRuns = 4, ModelForecast = kind };
        var a = Tester(calm).Run().Forecasts.Where(f => f.Origin <= cut).ToArray();
        var b = Tester(changed).Run().Forecasts.Where(f => f.Origin <= cut).ToArray();
        Assert.Equal(8 * 2 * 3, a.Length);
        Assert.Equal(a.Length, b.Length);
        for (var i = 0; i < a.Length; i++)
        {
            Assert.Equal((a[i].Method, a[i].Origin, a[i].Horizon), (b[i].Method, b[i].Origin, b[i].Horizon));
            Assert.Equal(a[i].Point, b[i].Point, 12);
            Assert.Equal(a[i].Low10, b[i].Low10, 12);
            Assert.Equal(a[i].High90, b[i].High90, 12);
        }

        // The later forecasts do see the change (so the comparison above is not vacuous).
        var late = (Tester(calm).Run().Forecasts.First(f => f.Origin == cut.PlusMonths(12)), Tester(changed).Run().Forecasts.First(f => f.Origin == cut.PlusMonths(12)));
        Assert.NotEqual(late.Item1.Point, late.Item2.Point);
    }

    [Fact]
    public void VolatilityScaledSpreadsCoverMoreWhenTheIndexTurnsTurbulent()
    {
        // A made-up random walk whose monthly steps are four times larger from 2010: spreads from raw past
        // errors are too narrow after the change; rescaled by recent volatility they hold far more outcomes.
        var rng = new Random(17);
        var start = new YearMonth(1990, 1);
        var level = 0.0;
        var months = new List<(YearMonth, double)>();
        for (var t = 0; t < 432; t++)
        {
            var month = start.PlusMonths(t);
            var normal = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
            level = (0.98 * level) + (normal * (month.Year >= 2010 ? 4 : 1));
            months.Add((month, level));
        }

        Scores Persistence(ErrorSpread spread) =>
            new Backtester(TestModel.Setup, new HistorySeries(months, [])) { Members = 40, ForecastRuns = 2, Spread = spread }.Run().Overall["persistence"];
        var unscaled = Persistence(ErrorSpread.Unscaled);
        var scaled = Persistence(new ErrorSpread());
        Assert.Equal(unscaled.Rmse, scaled.Rmse, 12);
        Assert.True(scaled.Coverage80 > unscaled.Coverage80 + 0.1, $"scaled {scaled.Coverage80}, unscaled {unscaled.Coverage80}");
        Assert.InRange(scaled.Coverage80, 0.6, 1.0);
    }
}
