using System.Text.Json;
using Strait.Core.Events;
using Strait.Core.Knowledge;
using Strait.Store;
using Strait.Store.Sqlite;
using static Strait.Cli.Tests.IngestCommandTest;

namespace Strait.Cli.Tests;

public sealed class IndexCommandTest : IDisposable
{
    private static readonly string[] IssueNames = Enum.GetValues<Issue>().Select(EnumNames.Name).ToArray();

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private string Missing => Path.Combine(_db.Folder, "none.db");

    [Theory]
    [InlineData("month", @"^\d{4}-\d{2}$", "2019-08")]
    [InlineData("quarter", @"^\d{4}-Q[1-4]$", "2019-Q3")]
    [InlineData("year", @"^\d{4}$", "2019")]
    public void As_json_it_is_an_array_of_periods_with_the_index_and_one_field_per_issue(string by, string label, string expected)
    {
        var run = CliRun.Of("index", "--by", by, "--format", "json", "--db", Missing);

        Assert.Equal(0, run.ExitCode);
        var periods = Json(run.Out).EnumerateArray().ToList();
        Assert.NotEmpty(periods);
        Assert.All(periods, p =>
        {
            Assert.Matches(label, p.GetProperty("period").GetString());
            Assert.Equal(JsonValueKind.Number, p.GetProperty("index").ValueKind);
            Assert.All(IssueNames, issue => Assert.Equal(JsonValueKind.Number, p.GetProperty(issue).ValueKind));
        });
        Assert.Equal(["period", "index", .. IssueNames], periods[0].EnumerateObject().Select(p => p.Name).Take(2 + IssueNames.Length));
        Assert.Contains(periods, p => p.GetProperty("period").GetString() == expected);
    }

    [Fact]
    public void With_an_issue_the_index_is_built_from_that_issue_alone()
    {
        var run = CliRun.Of("index", "--by", "year", "--issue", "trade", "--format", "json", "--db", Missing);

        Assert.Equal(0, run.ExitCode);
        var periods = Json(run.Out).EnumerateArray().ToList();
        var names = periods[0].EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["period", "index", "trade"], names.Take(3));
        Assert.DoesNotContain("history", names);
        Assert.All(periods, p => Assert.Equal(p.GetProperty("index").GetDouble(), p.GetProperty("trade").GetDouble(), 3));
        Assert.True(Year(periods, "2019").GetProperty("index").GetDouble() < 0, "trade fell in 2019");
    }

    [Fact]
    public void A_bad_issue_is_a_clear_error()
    {
        var run = CliRun.Of("index", "--issue", "fishing", "--db", Missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("(--issue)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_keeps_the_periods_that_overlap_it()
    {
        var periods = Json(CliRun.Of("index", "--by", "quarter", "--from", "2019-07", "--to", "2019-12", "--format", "json", "--db", Missing).Out);

        Assert.Equal(["2019-Q3", "2019-Q4"], periods.EnumerateArray().Select(p => p.GetProperty("period").GetString()));
    }

    [Fact]
    public void Without_a_database_file_it_uses_the_built_in_files_and_says_so()
    {
        var run = CliRun.Of("index", "--db", Missing);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no database", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Missing));
        Assert.Contains("2019", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void From_a_database_with_the_knowledge_it_is_the_index_of_the_built_in_files()
    {
        Assert.Equal(0, CliRun.Of("load-knowledge", "--db", _db.Path).ExitCode);

        var fromDatabase = CliRun.Of("index", "--by", "month", "--format", "csv", "--db", _db.Path);

        Assert.Equal("", fromDatabase.Error);
        Assert.Equal(CliRun.Of("index", "--by", "month", "--format", "csv", "--db", Missing).Out, fromDatabase.Out);
    }

    [Fact]
    public void An_article_reporting_an_almanac_event_does_not_count_it_twice()
    {
        var builtIn = CliRun.Of("index", "--by", "month", "--format", "csv", "--db", Missing).Out;
        CliRun.Of("load-knowledge", "--db", _db.Path);
        var almanac = AlmanacLoader.Load(Path.Combine(DataDirectory.Locate().Value, "almanac", AlmanacLoader.FileName)).Value;
        var reported = almanac.First(a => a.Event.Type == EventType.SANCTION && a.Event.When!.ToString() == "2019-07-01").Event;
        var article = Core.Documents.Document.Create("Made-up", "made-up.txt", reported.When, Core.Documents.PublishedBasis.Header,
            "A made-up wire report: the neighbour tightened its export controls today.");
        var span = article.Text.IndexOf("tightened its export controls", StringComparison.Ordinal);
        using (var store = SqliteStraitStore.Open(_db.Path).Value)
        {
            store.AddDocument(article, new DocumentAnalysis(
                [reported with { Evidence = [new Evidence(article.Id, span, span + 29, article.Text[span..(span + 29)])], Confidence = 0.7 }], []));
            Assert.Equal(2, store.Events(new EventQuery(reported.When, reported.When, Type: reported.Type)).Single(e => e.DocumentIds.Count == 1).Event.Evidence.Count);
        }

        var withArticle = CliRun.Of("index", "--by", "month", "--format", "csv", "--db", _db.Path).Out;

        Assert.Equal(builtIn, withArticle);
    }

    [Fact]
    public void A_database_without_the_knowledge_adds_its_articles_to_the_built_in_files_and_says_how_to_store_them()
    {
        CliRun.Of("ingest", RepositoryFolders.Samples, "--db", _db.Path);

        var run = CliRun.Of("index", "--by", "year", "--format", "json", "--db", _db.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("load-knowledge", run.Error, StringComparison.Ordinal);
        Assert.True(Json(run.Out).GetArrayLength() > 50);
    }

    private static JsonElement Year(IEnumerable<JsonElement> periods, string year) =>
        periods.Single(p => p.GetProperty("period").GetString() == year);
}
