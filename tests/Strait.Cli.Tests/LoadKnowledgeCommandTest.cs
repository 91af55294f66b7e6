using static Strait.Cli.Tests.IngestCommandTest;

namespace Strait.Cli.Tests;

public sealed class LoadKnowledgeCommandTest : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private CliRun Strait(params string[] args) => CliRun.Of([.. args, "--db", _db.Path]);

    [Fact]
    public void It_stores_the_almanac_and_the_series_and_says_how_many()
    {
        var run = Strait("load-knowledge");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Matches(@"^Stored \d{3} almanac entries as \d{3} events \(0 also reported by stored articles\) and \d+ indicator values in ", run.Out);
    }

    [Fact]
    public void Loading_again_replaces_the_knowledge_instead_of_adding_it_twice()
    {
        Strait("load-knowledge");
        var events = Json(Strait("events", "--format", "json").Out).GetArrayLength();

        var again = Strait("load-knowledge");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(events, Json(Strait("events", "--format", "json").Out).GetArrayLength());
    }

    [Fact]
    public void Almanac_events_are_listed_with_their_source_beside_the_articles_events()
    {
        Strait("ingest", RepositoryFolders.Samples);
        var articles = Json(Strait("events", "--format", "json").Out).GetArrayLength();

        Strait("load-knowledge");

        var events = Json(Strait("events", "--format", "json").Out).EnumerateArray().ToList();
        Assert.True(events.Count > articles + 200);
        var timeline = Json(Strait("timeline", "--from", "2019-07", "--to", "2019-07", "--format", "json").Out).EnumerateArray().ToList();
        Assert.NotEmpty(timeline);
        Assert.All(timeline, row => Assert.False(string.IsNullOrWhiteSpace(row.GetProperty("document_source").GetString())));
        Assert.Equal(9, Json(Strait("docs", "--format", "json").Out).GetArrayLength());
    }
}
