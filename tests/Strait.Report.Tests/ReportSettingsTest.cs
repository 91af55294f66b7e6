using Strait.Core;

namespace Strait.Report.Tests;

public sealed class ReportSettingsTest : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("strait-report-settings-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Built_in_settings_name_series_that_the_built_in_indicators_have()
    {
        var series = Made.BuiltIn.Indicators.Select(i => i.Series).ToHashSet();

        Assert.NotEmpty(Made.BuiltIn.Presentation.OpinionSeries);
        Assert.All(Made.BuiltIn.Presentation.OpinionSeries, name => Assert.Contains(name, series));
        Assert.False(string.IsNullOrWhiteSpace(Made.BuiltIn.Presentation.OpinionCaption));
    }

    [Fact]
    public void Reads_the_series_in_order_and_the_folded_caption()
    {
        var path = Write("opinion:\n  series: [b_series, a_series]\n  caption: >-\n    First line\n    second line.\n");

        var settings = ReportSettings.Load(path);

        Assert.True(settings.Success, settings.Error?.ToString());
        Assert.Equal(["b_series", "a_series"], settings.Value.OpinionSeries);
        Assert.Equal("First line second line.", settings.Value.OpinionCaption);
    }

    [Theory]
    [InlineData("other: 1\n", "`opinion`")]
    [InlineData("opinion:\n  series: []\n  caption: x\n", "opinion.series")]
    [InlineData("opinion:\n  series: [a]\n", "opinion.caption")]
    [InlineData("opinion:\n  series: [a, [b]]\n  caption: x\n", "series name")]
    public void A_broken_file_names_the_problem_and_the_file(string yaml, string expected)
    {
        var path = Write(yaml);

        var settings = ReportSettings.Load(path);

        Assert.False(settings.Success);
        Assert.Equal(ErrorCodes.KnowledgeFile, settings.Error!.Code);
        Assert.Contains(expected, settings.Error.Message, StringComparison.Ordinal);
        Assert.Contains(path, settings.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_shows_the_settings_caption()
    {
        Assert.Contains(Html.Escape(Made.BuiltIn.Presentation.OpinionCaption), Made.BuiltInReport(), StringComparison.Ordinal);
    }

    private string Write(string yaml)
    {
        var path = Path.Combine(_folder, "settings.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
