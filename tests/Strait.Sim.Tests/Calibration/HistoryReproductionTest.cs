using NodaTime;
using Strait.Sim.Calibration;

namespace Strait.Sim.Tests.Calibration;

/// <summary>
/// The default parameters, driven only by the historical drivers (leaders' terms and known shocks), must
/// reproduce the shape of the record: the 2012 fall, the 2019 trough and the 2023 recovery.
/// </summary>
public class HistoryReproductionTest
{
    private static readonly Lazy<(double[] Relations, YearMonth Start)> Path = new(() =>
    {
        var setup = TestModel.Setup;
        var mean = Calibrator.MeanPath(setup.Definition, setup.HistoryInputs(setup.History.End), 400, 2024);
        return (mean.Relations, setup.History.Start);
    });

    private static double Mean(string from, string to)
    {
        var (relations, start) = Path.Value;
        int Index(string month) => ((int.Parse(month[..4]) - start.Year) * 12) + int.Parse(month[5..]) - start.Month;
        return relations[Index(from)..(Index(to) + 1)].Average();
    }

    [Fact]
    public void RelationsFallIn2012()
    {
        Assert.True(Mean("2012-10", "2013-03") < Mean("2011-07", "2012-06") - 15, $"{Mean("2012-10", "2013-03")} vs {Mean("2011-07", "2012-06")}");
    }

    [Fact]
    public void TheTroughComesWithThe2019Dispute()
    {
        var trough = Mean("2019-07", "2020-06");
        Assert.True(trough < Mean("2017-01", "2018-06") - 30, $"{trough}");
        Assert.True(trough < Mean("2013-01", "2016-12") - 20, $"{trough}");
        var years = Enumerable.Range(2008, 18).Select(y => (Year: y, Mean: Mean($"{y}-01", $"{y}-12"))).ToArray();
        Assert.InRange(years.MinBy(y => y.Mean).Year, 2019, 2022);
    }

    [Fact]
    public void RelationsRecoverFrom2023()
    {
        Assert.True(Mean("2023-07", "2024-06") > Mean("2019-07", "2020-06") + 25);
        Assert.True(Mean("2023-07", "2024-06") > Mean("2022-01", "2022-12") + 20);
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
        FittedFile.Write(path, result, "made-up data", "today");
        var reloaded = Strait.Sim.Parameters.ParameterLoader.ApplyFitted(setup.Parameters, path);
        File.Delete(path);
        Assert.True(reloaded.Success, reloaded.Error?.ToString());
        Assert.Equal(result.Mapping.Scale, reloaded.Value.Value("mapping.scale"), 5);
    }
}
