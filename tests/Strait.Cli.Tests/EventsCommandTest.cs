using System.Text.Json;
using Strait.Core;
using static Strait.Cli.Tests.IngestCommandTest;

namespace Strait.Cli.Tests;

public sealed class EventsCommandTest : IDisposable
{
    private readonly TempDatabase _db = new();

    public EventsCommandTest() => Strait("ingest", RepositoryFolders.Samples);

    public void Dispose() => _db.Dispose();

    private CliRun Strait(params string[] args) => CliRun.Of([.. args, "--db", _db.Path]);

    [Fact]
    public void Events_as_json_is_one_array_in_date_order()
    {
        var run = Strait("events", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var events = Json(run.Out).EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("evidence").GetString())));
        var starts = events.Select(e => e.GetProperty("when").GetString()).OfType<string>().Select(w => w.Split('/')[0]).ToList();
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
    }

    [Fact]
    public void Filters_narrow_the_list()
    {
        var all = Json(Strait("events", "--format", "json").Out).GetArrayLength();

        var since = Json(Strait("events", "--from", "2026-05", "--format", "json").Out);

        Assert.True(since.GetArrayLength() < all);
        Assert.All(since.EnumerateArray(), e => Assert.True(
            string.CompareOrdinal(e.GetProperty("when").GetString()!.Split('/')[^1], "2026-05") >= 0));
    }

    [Fact]
    public void An_actor_filter_keeps_events_with_that_actor_on_either_side()
    {
        var events = Json(Strait("events", "--actor", "jpn", "--format", "json").Out);

        Assert.All(events.EnumerateArray(), e => Assert.True(
            e.GetProperty("source").GetString()!.StartsWith("JPN", StringComparison.Ordinal)
            || e.GetProperty("target").GetString()!.StartsWith("JPN", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("--from", "last week", ErrorCodes.BadDate)]
    [InlineData("--to", "2026-13", ErrorCodes.BadDate)]
    [InlineData("--issue", "fishing", ErrorCodes.BadEnumValue)]
    [InlineData("--type", "HUG", ErrorCodes.BadEnumValue)]
    [InlineData("--actor", "K*", ErrorCodes.BadActorCode)]
    public void A_bad_filter_is_a_clear_error_with_exit_code_1(string option, string value, string code)
    {
        var run = Strait("events", option, value);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{code} ({option})", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Events_as_csv_has_a_header_row()
    {
        var lines = Strait("events", "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("when,type,status,source,target,issue,confidence,evidence,documents", lines[0].TrimEnd('\r'));
        Assert.True(lines.Length > 1);
    }
}
