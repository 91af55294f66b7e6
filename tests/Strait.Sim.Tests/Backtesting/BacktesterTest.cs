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
}
