using NodaTime;
using Strait.Sim.Model;
using Strait.Sim.MonteCarlo;

namespace Strait.Sim.Tests.MonteCarlo;

public class MonteCarloRunnerTest
{
    private static SimulationResult Simulate(ulong seed, int runs = 300)
    {
        var setup = TestModel.Setup;
        var scenario = TestModel.Scenario(new YearMonth(2026, 2), 36);
        return setup.Simulate(scenario, runs, seed);
    }

    private static double[] Medians(SimulationResult result) => result.FanChart()!.Points.Select(p => p.P50).ToArray();

    [Fact]
    public void TheSameSeedGivesTheSameResult()
    {
        var first = Simulate(11);
        var second = Simulate(11);
        Assert.Equal(Medians(first), Medians(second));
        Assert.Equal(first.Outcomes.Select(o => o.Probability), second.Outcomes.Select(o => o.Probability));
        Assert.Equal(first.FanChart()!.Points.Select(p => p.Mean), second.FanChart()!.Points.Select(p => p.Mean));
    }

    [Fact]
    public void DifferentSeedsGiveDifferentResults() => Assert.NotEqual(Medians(Simulate(11)), Medians(Simulate(12)));

    [Fact]
    public void TheResultDoesNotDependOnTheNumberOfWorkers()
    {
        var setup = TestModel.Setup;
        var prepared = setup.Prepare(TestModel.Scenario(new YearMonth(2026, 2), 24), 5);
        var reporters = Reporter.Defaults(prepared.Definition.Mapping);
        var (one, oneOutcomes) = MonteCarloRunner.Run(prepared.Definition, prepared.Inputs, prepared.Initial, 101, 5, reporters, workers: 1);
        var (three, threeOutcomes) = MonteCarloRunner.Run(prepared.Definition, prepared.Inputs, prepared.Initial, 101, 5, reporters, workers: 3);
        Assert.Equal(one.Quantile(0, 23, 0.5), three.Quantile(0, 23, 0.5));
        Assert.Equal(one.Mean(1, 23), three.Mean(1, 23), 9);
        Assert.Equal(oneOutcomes.Summit, threeOutcomes.Summit);
        Assert.Equal(101, one.Runs);
    }

    [Fact]
    public void QuantilesAreOrderedAndProbabilitiesAreShares()
    {
        var result = Simulate(3);
        foreach (var point in result.Series.SelectMany(s => s.Points))
        {
            Assert.True(point.P5 <= point.P25 && point.P25 <= point.P50 && point.P50 <= point.P75 && point.P75 <= point.P95);
        }

        Assert.All(result.Outcomes, o => Assert.InRange(o.Probability, 0, 1));
        Assert.Contains(result.Outcomes, o => o.Name == "crisis");
        Assert.Contains(result.Outcomes, o => o.Name == "summit");
        Assert.Contains(result.Outcomes, o => o.Name == "pact_ended");
    }
}

public class QuantileAccumulatorTest
{
    [Fact]
    public void QuantilesOfAUniformSpreadAreWithinABin()
    {
        var reporter = new Reporter("x", 0, 100, (in SimState s) => s.Relations);
        var accumulator = new QuantileAccumulator([reporter], 1, bins: 400);
        for (var i = 0; i < 1000; i++)
        {
            accumulator.Add(0, new SimState { Relations = (i + 0.5) / 10 });
        }

        Assert.Equal(1000, accumulator.Runs);
        Assert.Equal(50, accumulator.Quantile(0, 0, 0.5), 0);
        Assert.InRange(accumulator.Quantile(0, 0, 0.05), 4.75, 5.25);
        Assert.InRange(accumulator.Quantile(0, 0, 0.95), 94.75, 95.25);
        Assert.Equal(50, accumulator.Mean(0, 0), 9);
    }
}

public class BatchRunnerTest
{
    [Fact]
    public void EveryRecordCarriesItsSeedAndParameters()
    {
        var scenario = TestModel.Scenario(new YearMonth(2026, 2), 6);
        var grid = new Dictionary<string, double[]> { ["reciprocity.answer"] = [0.1, 0.5], ["relations.noise"] = [1, 3] };
        var records = new BatchRunner(TestModel.Setup, scenario).Run(grid, [7UL, 8UL, 9UL]);
        Assert.Equal(2 * 2 * 3, records.Count);
        Assert.Equal(12, records.Select(r => r.RunId).Distinct().Count());
        Assert.Equal([7UL, 8UL, 9UL], records.Select(r => r.Seed).Distinct().Order());
        Assert.All(records, r => Assert.Equal(2, r.Parameters.Count));
        Assert.Contains(records, r => r.Parameters["reciprocity.answer"] == 0.5 && r.Parameters["relations.noise"] == 1);
        Assert.All(records, r => Assert.Equal(new YearMonth(2026, 7), r.Month));
        Assert.All(records, r => Assert.True(r.Values.ContainsKey("relations_index")));
    }

    [Fact]
    public void EveryStepGivesOneRecordPerMonth()
    {
        var scenario = TestModel.Scenario(new YearMonth(2026, 2), 5);
        var records = new BatchRunner(TestModel.Setup, scenario).Run(new Dictionary<string, double[]>(), [1UL], everyStep: true);
        Assert.Equal(Enumerable.Range(0, 5), records.Select(r => r.Step));
    }
}

public class RelationsModelTest
{
    [Fact]
    public void StepsMonthByMonthAndCollectsNamedReporters()
    {
        var prepared = TestModel.Setup.Prepare(TestModel.Scenario(new YearMonth(2026, 2), 4), 1);
        var model = new RelationsModel(prepared.Definition, prepared.Inputs, prepared.Initial, seed: 42);
        Assert.Equal(7, model.Agents.Count);
        model.Step();
        Assert.Equal(1, model.State.Month);
        model.Run();
        Assert.False(model.Running);
        Assert.Equal(4, model.DataCollector.Series("relations_index").Length);
        Assert.Throws<InvalidOperationException>(model.Step);
    }
}

public class ModelBenchmarkTest
{
    [Fact]
    public void ASmallBenchmarkReportsItsWorkload()
    {
        var result = ModelBenchmark.Run(TestModel.Setup, runs: 200, months: 24, seed: 3);
        Assert.Equal(200, result.Runs);
        Assert.Equal(24, result.Months);
        Assert.True(result.Seconds > 0);
    }
}
