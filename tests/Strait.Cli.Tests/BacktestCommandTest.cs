using System.Text.Json;

namespace Strait.Cli.Tests;

public sealed class BacktestCommandTest : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Scores_the_three_methods_from_the_first_origin_given()
    {
        var run = CliRun.Of("backtest", "--defaults", "--json", "--members", "20", "--from", "2019-01", "--db", _db.Path);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        foreach (var method in new[] { "model", "persistence", "autoregressive" })
        {
            var scores = json.RootElement.GetProperty(method);
            Assert.True(scores.GetProperty("crps").GetDouble() > 0);
            Assert.InRange(scores.GetProperty("coverage80").GetDouble(), 0, 1);
            // Yearly origins from 2019-01: at most 8 of them for each of the two horizons, and some outcome measured.
            Assert.InRange(scores.GetProperty("forecasts").GetInt32(), 2, 16);
        }

        Assert.Contains("defaults", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2008-13")]
    [InlineData("January 2008")]
    public void A_first_origin_that_is_not_a_month_is_refused(string from)
    {
        var run = CliRun.Of("backtest", "--defaults", "--from", from, "--db", _db.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("STR101", run.Error, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM", run.Error, StringComparison.Ordinal);
    }
}
