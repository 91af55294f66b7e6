using System.Text;
using System.Text.Json;
using Strait.Core;

namespace Strait.Cli.Tests;

public sealed class IngestCommandTest : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private CliRun Strait(params string[] args) => CliRun.Of([.. args, "--db", _db.Path]);

    [Fact]
    public void Ingesting_the_samples_stores_every_article_and_prints_a_summary()
    {
        var run = Strait("ingest", RepositoryFolders.Samples);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Matches(@"files read\s*│\s*7", run.Console);
        Assert.Matches(@"new documents\s*│\s*9", run.Console);
        Assert.Matches(@"failures\s*│\s*0", run.Console);
        Assert.Contains("wire.xml: 2 new, 0 duplicate", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingesting_again_counts_duplicates_and_stores_nothing_twice()
    {
        Strait("ingest", RepositoryFolders.Samples);

        var again = Strait("ingest", RepositoryFolders.Samples);

        Assert.Equal(0, again.ExitCode);
        Assert.Matches(@"new documents\s*│\s*0", again.Console);
        Assert.Matches(@"duplicates\s*│\s*9", again.Console);
        Assert.Equal(9, Json(Strait("docs", "--format", "json").Out).GetArrayLength());
    }

    [Fact]
    public void Docs_as_json_is_one_array_of_documents()
    {
        Strait("ingest", RepositoryFolders.Samples);

        var docs = Json(Strait("docs", "--format", "json").Out);

        Assert.Equal(JsonValueKind.Array, docs.ValueKind);
        Assert.Equal(9, docs.GetArrayLength());
        Assert.Equal(["id", "published", "basis", "title", "source", "characters", "events"], docs[0].EnumerateObject().Select(p => p.Name));
        var dated = docs.EnumerateArray().Select(d => d.GetProperty("published").GetString()).Where(p => p is not null).ToList();
        Assert.Equal(dated.Order(StringComparer.Ordinal), dated);
        var fisheries = Assert.Single(docs.EnumerateArray(), d => d.GetProperty("title").GetString() == "Japan and South Korea Resume Fisheries Talks in Busan");
        Assert.Equal("2026-03-12", fisheries.GetProperty("published").GetString());
        Assert.Equal("header", fisheries.GetProperty("basis").GetString());
        var commentary = Assert.Single(docs.EnumerateArray(), d => d.GetProperty("title").GetString() == "Why the Shuttle Diplomacy Matters");
        Assert.Equal("2026-02", commentary.GetProperty("published").GetString());
        Assert.Equal("inferred", commentary.GetProperty("basis").GetString());
        Assert.Contains(docs.EnumerateArray(), d => d.GetProperty("basis").GetString() == "metadata");
    }

    [Fact]
    public void Unreadable_files_are_listed_with_path_and_reason_and_the_exit_code_says_so()
    {
        var good = _db.Write("good.txt", "Made-up: the envoys of two countries met in a port town."u8.ToArray());
        var latin1 = _db.Write("latin1.txt", Encoding.Latin1.GetBytes("Réunion à Séoul."));
        var binary = _db.Write("blob.txt", [0x00, 0x10, 0x20]);

        var run = Strait("ingest", good, latin1, binary, Path.Combine(_db.Folder, "missing.txt"));

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"new documents\s*│\s*1", run.Console);
        Assert.Matches(@"failures\s*│\s*3", run.Console);
        Assert.Contains($"{ErrorCodes.NotUtf8} ({latin1})", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{ErrorCodes.BinaryFile} ({binary})", run.Error, StringComparison.Ordinal);
        Assert.Contains(ErrorCodes.UnreadableFile, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_files_on_an_interactive_console_get_a_progress_bar_instead_of_lines()
    {
        for (var i = 0; i < Commands.IngestCommand.ProgressBarFrom; i++)
        {
            _db.Write(Path.Combine("notes", $"note-{i:00}.txt"), Encoding.UTF8.GetBytes($"Made-up note {i}: the two envoys spoke by phone."));
        }

        var run = CliRun.Of(interactive: true, "ingest", Path.Combine(_db.Folder, "notes"), "--db", _db.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("note-00.txt:", run.Console, StringComparison.Ordinal);
        Assert.Contains("Reading articles", run.Console, StringComparison.Ordinal);
        Assert.Matches(@"new documents\s*│\s*20", run.Console);
    }

    [Fact]
    public void A_database_in_a_missing_folder_is_a_clear_error()
    {
        var run = CliRun.Of("ingest", RepositoryFolders.Samples, "--db", Path.Combine(_db.Folder, "nowhere", "x.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(ErrorCodes.Database, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_articles_are_ingested_with_their_header_dates()
    {
        var run = Strait("ingest", RepositoryFolders.SharedSeeds);

        Assert.Equal(0, run.ExitCode);
        var docs = Json(Strait("docs", "--format", "json").Out).EnumerateArray().ToList();
        Assert.Equal(5, docs.Count);
        Assert.Equal(2, docs.Count(d => d.GetProperty("basis").GetString() == "header"));
    }

    internal static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
