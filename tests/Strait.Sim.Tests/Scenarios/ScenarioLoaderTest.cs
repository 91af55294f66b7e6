using NodaTime;
using Strait.Core;
using Strait.Sim.Model;
using Strait.Sim.Scenarios;

namespace Strait.Sim.Tests.Scenarios;

public class ScenarioLoaderTest
{
    private static ScenarioLoader Loader => TestModel.Setup.Scenarios;

    public static TheoryData<string> Examples() => new(Directory.GetFiles(Path.Combine(TestModel.DataDirectoryPath, "..", "scenarios"), "*.yaml").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryExampleScenarioLoadsAndRuns(string file)
    {
        var path = Path.Combine(TestModel.DataDirectoryPath, "..", "scenarios", file);
        var scenario = Loader.Load(path);
        Assert.True(scenario.Success, scenario.Error?.ToString());
        var result = TestModel.Setup.Simulate(scenario.Value, 20, 1);
        Assert.Equal(scenario.Value.Horizon, result.FanChart()!.Points.Count);
    }

    [Fact]
    public void ReadsPathsShocksGovernmentsAndOverrides()
    {
        const string text = """
            name: made-up
            start: 2030-01
            horizon: 24
            paths:
              korean_president_approval: [40 by 2030-06, 30 by 2031-01]
              us_commitment: 40% by 2030-12
            shocks:
              - us_tariffs: 25% from 2030-03 until 2030-09
              - {forced_labour_ruling: 2030-05, source: made up}
            governments:
              - japan: other from 2030-10
            parameters:
              nationalist_move.base_rate: 0.1
            """;
        var scenario = Loader.Parse(text, "made-up.yaml");
        Assert.True(scenario.Success, scenario.Error?.ToString());
        var s = scenario.Value;
        Assert.Equal(new YearMonth(2030, 1), s.Start);
        Assert.Equal(2, s.Paths[0].Points.Count);
        Assert.Equal(0.4, s.Paths[1].Points[0].Value, 9);
        Assert.Equal(0.25, s.Shocks[0].Value, 9);
        Assert.Equal(new YearMonth(2030, 9), s.Shocks[0].Until);
        Assert.Equal("made up", s.Shocks[1].Source);
        Assert.Equal("other", s.Governments[0].Camp);
        Assert.Equal(0.1, s.Parameters["nationalist_move.base_rate"]);
    }

    [Fact]
    public void PathsInterpolateFromTheStartingValueAndLevelsEndLifted()
    {
        var initial = new SimState { Approval = new Pair(50, 40) };
        var inputs = TestModel.Inputs(new YearMonth(2030, 1), 12,
            shocks: [new ScheduledShock("tariffs", new YearMonth(2030, 3), new YearMonth(2030, 5), 0.25, null)],
            paths: [new VariablePath(StateVariable.KoreanPresidentApproval, [new PathPoint(30, new YearMonth(2030, 5))])],
            initial: initial);
        var approval = inputs.Pins[(int)StateVariable.KoreanPresidentApproval]!;
        Assert.Equal(50, approval[0], 9);
        Assert.Equal(40, approval[2], 9);
        Assert.Equal(30, approval[4], 9);
        Assert.Equal(30, approval[11], 9);
        var tariffs = inputs.Pins[(int)StateVariable.UsTariffs]!;
        Assert.True(double.IsNaN(tariffs[1]));
        Assert.Equal(0.25, tariffs[2]);
        Assert.Equal(0.25, tariffs[4]);
        Assert.Equal(0, tariffs[5]);
        Assert.True(double.IsNaN(tariffs[6]));
    }

    [Theory]
    [InlineData("start: 2030-01\nhorizon: 12\nshocks:\n  - forced_labor_ruling: 2030-03\n", 4, "unknown shock 'forced_labor_ruling'")]
    [InlineData("start: 2030-01\nhorizon: 12\nshocks:\n  - forced_labour_ruling: 2031-03\n", 4, "outside the scenario's months")]
    [InlineData("start: 2030-13\nhorizon: 12\n", 1, "is not a month")]
    [InlineData("start: 2030-01\nhorizon: twelve\n", 2, "whole number of months")]
    [InlineData("start: 2030-01\n", 1, "missing 'horizon'")]
    [InlineData("start: 2030-01\nhorizon: 12\npaths:\n  happiness: 3 by 2030-05\n", 4, "unknown variable 'happiness'")]
    [InlineData("start: 2030-01\nhorizon: 12\npaths:\n  korean_president_approval: 130 by 2030-05\n", 4, "outside the range")]
    [InlineData("start: 2030-01\nhorizon: 12\npaths:\n  korean_president_approval: 30 in 2030-05\n", 4, "VALUE by YYYY-MM")]
    [InlineData("start: 2030-01\nhorizon: 12\nshocks:\n  - us_tariffs: 2030-03\n", 4, "is a level")]
    [InlineData("start: 2030-01\nhorizon: 12\nparameters:\n  made_up.thing: 1\n", 4, "unknown parameter")]
    [InlineData("start: 2030-01\nhorizon: 12\nparameters:\n  nationalist_move.base_rate: 9\n", 4, "outside its bounds")]
    [InlineData("start: 2030-01\nhorizon: 12\ngovernments:\n  - korea: liberal from 2030-06\n", 4, "progressive from YYYY-MM")]
    [InlineData("start: 2030-01\nhorizon: 12\nextra: 1\n", 3, "unknown key 'extra'")]
    [InlineData("start: 2030-01\nhorizon: [12\n", 3, "not valid YAML")]
    public void ABrokenScenarioGivesStr401WithFileLineAndWhat(string text, int line, string what)
    {
        var scenario = Loader.Parse(text, "broken.yaml");
        Assert.False(scenario.Success);
        Assert.Equal(ErrorCodes.Scenario, scenario.Error!.Code);
        Assert.Equal($"broken.yaml:{line}", scenario.Error.Where);
        Assert.Contains(what, scenario.Error.Message);
    }

    [Fact]
    public void AMissingFileIsReportedNotThrown()
    {
        var scenario = Loader.Load(Path.Combine(Path.GetTempPath(), "no-such-scenario.yaml"));
        Assert.Equal(ErrorCodes.Scenario, scenario.Error!.Code);
    }
}
