using static Strait.Cli.Tests.IngestCommandTest;

namespace Strait.Cli.Tests;

public sealed class TimelineCommandTest : IDisposable
{
    private readonly TempDatabase _db = new();

    public TimelineCommandTest() => Strait("ingest", RepositoryFolders.Samples);

    public void Dispose() => _db.Dispose();

    private CliRun Strait(params string[] args) => CliRun.Of([.. args, "--db", _db.Path]);

    [Fact]
    public void The_table_shows_each_event_with_its_evidence_and_document()
    {
        var run = Strait("timeline");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("evidence", run.Console, StringComparison.Ordinal);
        Assert.Contains("Fisheries Talks", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void As_json_each_row_names_the_document_title_and_source()
    {
        var rows = Json(Strait("timeline", "--format", "json").Out).EnumerateArray().ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("document_source").GetString())));
        Assert.Contains(rows, r => r.GetProperty("title").GetString() == "Education ministers sign student exchange plan");
    }

    [Fact]
    public void A_range_with_no_events_says_so()
    {
        var run = Strait("timeline", "--from", "1900", "--to", "1901");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No events match", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reversed_range_is_an_error()
    {
        var run = Strait("timeline", "--from", "2026-06", "--to", "2026-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("before --from", run.Error, StringComparison.Ordinal);
    }
}
