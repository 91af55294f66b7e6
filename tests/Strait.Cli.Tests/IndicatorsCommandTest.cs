using static Strait.Cli.Tests.IngestCommandTest;

namespace Strait.Cli.Tests;

public sealed class IndicatorsCommandTest
{
    [Fact]
    public void As_json_every_value_has_its_unit_and_source()
    {
        var run = CliRun.Of("indicators", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var values = Json(run.Out).EnumerateArray().ToList();
        Assert.True(values.Count > 50, $"{values.Count} values");
        Assert.Equal(["series", "measure", "population", "when", "value", "unit", "by", "mode", "break", "source", "note"],
            values[0].EnumerateObject().Select(p => p.Name));
        Assert.All(values, v => Assert.False(string.IsNullOrWhiteSpace(v.GetProperty("source").GetString())));
    }

    [Fact]
    public void The_cabinet_office_series_records_its_2020_change_of_method_as_a_break()
    {
        var values = Json(CliRun.Of("indicators", "--series", "jp_affinity_kr", "--format", "json").Out).EnumerateArray().ToList();

        Assert.All(values, v => Assert.Equal("jp_affinity_kr", v.GetProperty("series").GetString()));
        var breaks = values.Where(v => v.GetProperty("break").GetBoolean()).Select(v => v.GetProperty("when").GetString()).ToList();
        Assert.Equal(["2020"], breaks);
    }

    [Fact]
    public void A_population_filter_keeps_one_side()
    {
        var values = Json(CliRun.Of("indicators", "--population", "kor", "--format", "json").Out).EnumerateArray().ToList();

        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Equal("KOR", v.GetProperty("population").GetString()));
    }
}
