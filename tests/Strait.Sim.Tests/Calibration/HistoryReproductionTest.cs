using NodaTime;
using Strait.Sim.Calibration;

namespace Strait.Sim.Tests.Calibration;

/// <summary>
/// The model, driven only by the historical drivers (leaders' terms and known shocks), must reproduce the
/// shape of the record (issues 4 and 5): the 2012 fall, the trough of July–November 2019 and the 2023
/// recovery. Checked with the default parameters and with data/model/fitted.yaml when it exists.
/// </summary>
public class HistoryReproductionTest
{
    private static readonly Dictionary<string, Lazy<(double[] Relations, YearMonth Start)>> Paths = new()
    {
        ["defaults"] = new(() => PathOf(TestModel.Setup)),
        ["fitted"] = new(() => PathOf(ModelSetup.Load(TestModel.DataDirectoryPath).Value)),
    };

    public static TheoryData<string> ParameterFiles => ["defaults", "fitted"];

    private static (double[] Relations, YearMonth Start) PathOf(ModelSetup setup)
    {
        var mean = Calibrator.MeanPath(setup.Definition, setup.HistoryInputs(setup.History.End), 400, 2024);
        return (mean.Relations, setup.History.Start);
    }

    private static int Index(YearMonth start, string month) => ((int.Parse(month[..4]) - start.Year) * 12) + int.Parse(month[5..]) - start.Month;

    private static double Mean(string parameters, string from, string to)
    {
        var (relations, start) = Paths[parameters].Value;
        return relations[Index(start, from)..(Index(start, to) + 1)].Average();
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void RelationsFallIn2012(string parameters)
    {
        Assert.True(Mean(parameters, "2012-10", "2013-03") < Mean(parameters, "2011-07", "2012-06") - 15, $"{Mean(parameters, "2012-10", "2013-03")} vs {Mean(parameters, "2011-07", "2012-06")}");
        Assert.True(Mean(parameters, "2012-09", "2012-12") < Mean(parameters, "2012-01", "2012-07"), $"Sep–Dec {Mean(parameters, "2012-09", "2012-12")} vs Jan–Jul {Mean(parameters, "2012-01", "2012-07")}");
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void TheTroughComesWithThe2019Dispute(string parameters)
    {
        var trough = Mean(parameters, "2019-07", "2020-06");
        Assert.True(trough < Mean(parameters, "2017-01", "2018-06") - 30, $"{trough}");
        Assert.True(trough < Mean(parameters, "2013-01", "2016-12") - 20, $"{trough}");
        var (relations, start) = Paths[parameters].Value;
        var first = Index(start, "2017-01");
        var lowest = Enumerable.Range(first, 72).MinBy(t => relations[t]);
        Assert.InRange(start.PlusMonths(lowest), new YearMonth(2019, 6), new YearMonth(2020, 3));
    }

    [Theory]
    [MemberData(nameof(ParameterFiles))]
    public void RelationsRecoverFrom2023(string parameters)
    {
        Assert.True(Mean(parameters, "2023-07", "2024-06") > Mean(parameters, "2019-07", "2020-06") + 25);
        Assert.True(Mean(parameters, "2023-07", "2024-06") > Mean(parameters, "2022-01", "2022-12") + 20);
        Assert.True(Mean(parameters, "2023-04", "2023-12") > Mean(parameters, "2022-01", "2022-12"), $"Apr–Dec 2023 {Mean(parameters, "2023-04", "2023-12")} vs 2022 {Mean(parameters, "2022-01", "2022-12")}");
    }
}

public class CalibratorTest
{
    [Fact]
    public void TheMappingIsRecoveredByLeastSquares()
    {
        var pairs = Enumerable.Range(0, 20).Select(i => ((double)i, 10 + (2.0 * i))).ToArray();
        var mapping = Calibrator.FitMapping(pairs);
        Assert.Equal(10, mapping.Offset, 9);
        Assert.Equal(2, mapping.Scale, 9);
    }

    [Fact]
    public void FittingDoesNotWorsenTheObjectiveAndRecordsTheMapping()
    {
        var setup = TestModel.Setup;
        var mean = Calibrator.MeanPath(setup.Definition, setup.HistoryInputs(setup.History.End), 16, 9);
        // A made-up measured index: the model's own path, shifted, stretched and bent a little.
        var months = Enumerable.Range(0, mean.Relations.Length).Select(t => (setup.History.MonthAt(t), 5 + (0.5 * mean.Relations[t]) + (3 * Math.Sin(t / 7.0))));
        var opinion = new[] { new AnnualOpinion(Strait.Sim.Model.Side.Japan, 2019, 10, 27, "made-up") };
        var calibrator = new Calibrator(setup, new HistorySeries(months, opinion)) { Runs = 16, MaxEvaluations = 15 };
        var result = calibrator.Fit();
        Assert.True(result.Objective <= result.ObjectiveBefore + 1e-12);
        Assert.InRange(result.Mapping.Scale, 0.3, 0.8);
        Assert.True(result.IndexCorrelation > 0.8);
        Assert.Equal(result.Mapping.Offset, result.Parameters.Value("mapping.offset"));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"strait-fitted-{Guid.NewGuid():N}.yaml");
        Assert.True(FittedFile.Write(path, result, "made-up data", "today").Success);
        var reloaded = Strait.Sim.Parameters.ParameterLoader.ApplyFitted(setup.Parameters, path);
        File.Delete(path);
        Assert.True(reloaded.Success, reloaded.Error?.ToString());
        Assert.Equal(result.Mapping.Scale, reloaded.Value.Value("mapping.scale"), 5);
    }
}
