using Strait.Core;
using static Strait.Cli.Tests.IngestCommandTest;

namespace Strait.Cli.Tests;

public sealed class AlmanacCommandTest
{
    [Fact]
    public void As_json_it_is_one_array_of_at_least_200_sourced_events()
    {
        var run = CliRun.Of("almanac", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var entries = Json(run.Out).EnumerateArray().ToList();
        Assert.True(entries.Count >= 200, $"{entries.Count} entries");
        Assert.Equal(["when", "type", "source", "target", "issue", "status", "summary", "reference", "note"],
            entries[0].EnumerateObject().Select(p => p.Name));
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("reference").GetString())));
    }

    [Fact]
    public void Filters_keep_the_events_of_a_range_and_an_issue()
    {
        var run = CliRun.Of("almanac", "--from", "2019-07", "--to", "2019-11", "--issue", "trade", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var entries = Json(run.Out).EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e =>
        {
            Assert.Equal("trade", e.GetProperty("issue").GetString());
            Assert.StartsWith("2019-", e.GetProperty("when").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void An_actor_filter_matches_a_code_prefix_on_either_side()
    {
        var entries = Json(CliRun.Of("almanac", "--actor", "korjud", "--format", "json").Out).EnumerateArray().ToList();

        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Contains("KORJUD", e.GetProperty("source").GetString() + e.GetProperty("target").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--type", "HUG", ErrorCodes.BadEnumValue)]
    [InlineData("--from", "someday", ErrorCodes.BadDate)]
    public void A_bad_filter_is_a_clear_error(string option, string value, string code)
    {
        var run = CliRun.Of("almanac", option, value);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{code} ({option})", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void As_csv_it_has_a_header_row()
    {
        var lines = CliRun.Of("almanac", "--type", "SANCTION", "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("when,type,source,target,issue,status,summary,reference,note", lines[0].TrimEnd('\r'));
        Assert.All(lines.Skip(1).Where(l => char.IsDigit(l[0])), l => Assert.Contains(",SANCTION,", l, StringComparison.Ordinal));
    }
}
