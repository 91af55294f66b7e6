using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Strait.Store;
using Strait.Store.Sqlite;
using Xunit.Abstractions;

namespace Strait.Cli.Tests;

/// <summary>
/// <c>strait ingest</c> killed half way, for real: the program runs as its own process over a folder of made-up
/// articles and is killed hard after some of them are stored. The database must be sound, hold every stored
/// document whole with its whole analysis, and a second ingest must store exactly the rest.
/// </summary>
public sealed class IngestKillTest(ITestOutputHelper output) : IDisposable
{
    private const int Articles = 400;

    /// <summary>The program is killed once it has reported this many files (each line comes after its file's transaction).</summary>
    private const int KillAfterLines = 10;

    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(60);

    private readonly TempDatabase _temp = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public void A_run_killed_half_way_leaves_every_stored_document_whole_and_a_second_run_stores_the_rest()
    {
        var corpus = WriteCorpus(Path.Combine(_temp.Folder, "articles"));
        var killedDb = Path.Combine(_temp.Folder, "killed.db");
        var cleanDb = Path.Combine(_temp.Folder, "clean.db");

        var linesSeen = KillIngestHalfWay(corpus.Folder, killedDb);

        AssertDatabaseIsSound(killedDb);
        var storedAtKill = StoredEventsByDocument(killedDb, corpus);
        output.WriteLine($"Killed after {linesSeen} reported files: {storedAtKill.Count} of {Articles} documents stored.");
        Assert.InRange(storedAtKill.Count, Math.Max(1, linesSeen), Articles - 1);

        var resumed = StraitProcess.Run(RunLimit, "ingest", corpus.Folder, "--db", killedDb);
        Assert.True(resumed.ExitCode == 0, $"The second ingest failed ({resumed.ExitCode}):\n{resumed.Output}\n{resumed.Error}");
        Assert.Matches($@"new documents\s*│\s*{Articles - storedAtKill.Count}\s*│", resumed.Output);
        Assert.Matches($@"duplicates\s*│\s*{storedAtKill.Count}\s*│", resumed.Output);

        var clean = StraitProcess.Run(RunLimit, "ingest", corpus.Folder, "--db", cleanDb);
        Assert.True(clean.ExitCode == 0, $"The clean ingest failed ({clean.ExitCode}):\n{clean.Output}\n{clean.Error}");

        AssertDatabaseIsSound(killedDb);
        var afterResume = StoredEventsByDocument(killedDb, corpus);
        var cleanRun = StoredEventsByDocument(cleanDb, corpus);
        Assert.Equal(Articles, afterResume.Count);
        Assert.Equal(cleanRun.Keys.Order(StringComparer.Ordinal), afterResume.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(EventCount(cleanDb), EventCount(killedDb));
        Assert.All(afterResume, stored => Assert.Equal(cleanRun[stored.Key], stored.Value));
        Assert.All(storedAtKill, stored => Assert.Equal(cleanRun[stored.Key], stored.Value));
    }

    /// <summary>Starts <c>strait ingest</c>, kills its process tree once it has reported some files, and returns how many it had reported.</summary>
    private static int KillIngestHalfWay(string folder, string database)
    {
        var lines = 0;
        using var ingest = StraitProcess.Start(["ingest", folder, "--db", database],
            killWhen: line => line.Contains(": 1 new, ", StringComparison.Ordinal) && ++lines >= KillAfterLines);

        Assert.True(ingest.WaitForEnd(RunLimit), $"strait neither finished nor was killed within {RunLimit}.");
        Assert.True(ingest.KilledEarly, $"strait finished before it could be killed; give it more articles.\n{ingest.Output}\n{ingest.Error}");
        return lines;
    }

    /// <summary>SQLite's own checks, and no event or indicator row left without what it belongs to.</summary>
    private static void AssertDatabaseIsSound(string database)
    {
        using var connection = ReadOnly(database);
        Assert.Equal(["ok"], Strings(connection, "PRAGMA integrity_check"));
        Assert.Empty(Strings(connection, "PRAGMA foreign_key_check"));
        Assert.Empty(Strings(connection, "SELECT id FROM events WHERE id NOT IN (SELECT event_id FROM evidence)"));
        Assert.Empty(Strings(connection, "SELECT id FROM evidence WHERE document_id IS NULL OR document_id NOT IN (SELECT id FROM documents)"));
    }

    /// <summary>
    /// Reads the stored documents through the store, checks that each is its file's text whole and that every
    /// event's evidence points to a stored document, and returns each document's source file with its event count.
    /// </summary>
    private static Dictionary<string, int> StoredEventsByDocument(string database, Corpus corpus)
    {
        using var store = SqliteStraitStore.Open(database).Value;
        var documents = store.Documents();
        Assert.Equal(documents.Count, documents.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());

        var byFile = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var summary in documents)
        {
            var file = Path.GetFullPath(summary.Source);
            Assert.True(corpus.Texts.ContainsKey(file), $"A stored document names a file that is not in the corpus: {summary.Source}");
            Assert.Equal(corpus.Texts[file], store.FindDocument(summary.Id)?.Text);
            Assert.True(byFile.TryAdd(file, summary.Events), $"{file} is stored twice.");
        }

        var ids = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(store.Events(EventQuery.All), stored =>
        {
            Assert.NotEmpty(stored.Event.Evidence);
            Assert.All(stored.Event.Evidence, evidence => Assert.Contains(evidence.DocumentId ?? "(none)", ids));
        });
        return byFile;
    }

    private static int EventCount(string database)
    {
        using var store = SqliteStraitStore.Open(database).Value;
        return store.Events(EventQuery.All).Count;
    }

    private static SqliteConnection ReadOnly(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = database,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture) ?? "");
        }

        return values;
    }

    /// <summary>The corpus folder and, by full file path, the text each document must hold (the file after its date header).</summary>
    private sealed record Corpus(string Folder, IReadOnlyDictionary<string, string> Texts);

    /// <summary>
    /// Writes <see cref="Articles"/> made-up dated articles, each a short paragraph about two governments meeting
    /// with its own date, place and figures, so no two have the same content.
    /// </summary>
    private static Corpus WriteCorpus(string folder)
    {
        string[] hosts = ["Tokyo", "Seoul", "Busan", "Osaka", "Jeju", "Fukuoka"];
        string[] pairs = ["Japan and South Korea", "South Korea and Japan", "the Japanese and South Korean governments"];
        string[] topics = ["fisheries quotas", "export controls", "a currency swap line", "student exchanges", "port inspections"];
        var random = new Random(20261101);
        var first = new DateOnly(2018, 1, 8);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        Directory.CreateDirectory(folder);
        for (var i = 1; i <= Articles; i++)
        {
            var date = first.AddDays(i * 5 + random.Next(5));
            var host = hosts[random.Next(hosts.Length)];
            var topic = topics[random.Next(topics.Length)];
            var title = $"Envoys meet in {host} on {topic} (made-up report {i})";
            var body = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"{title}\n\n")
                .Append(CultureInfo.InvariantCulture, $"The foreign ministers of {pairs[random.Next(pairs.Length)]} met in {host} on {date:MMMM d}, ")
                .Append(CultureInfo.InvariantCulture, $"their {random.Next(2, 30)}th meeting, and agreed to resume working-level talks on {topic}. ")
                .Append(CultureInfo.InvariantCulture, $"Tokyo pledged {random.Next(5, 900)} million dollars for a joint fund, ")
                .Append(CultureInfo.InvariantCulture, $"while Seoul protested the curbs announced {random.Next(2, 60)} days earlier.\n")
                .ToString();
            var header = $"date {date:yyyy-MM-dd} ";
            var path = Path.GetFullPath(Path.Combine(folder, $"article-{i:000}.txt"));
            File.WriteAllText(path, header + body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            texts[path] = body;
        }

        return new Corpus(folder, texts);
    }
}
