using Microsoft.Data.Sqlite;
using Strait.Core;
using Strait.Store.Sqlite;

namespace Strait.Store.Tests;

/// <summary>The store contract on a real SQLite file in a temporary folder, and what is SQLite's own.</summary>
public sealed class SqliteStraitStoreTest : StoreContract
{
    private readonly string _folder = Directory.CreateTempSubdirectory("strait-store-").FullName;

    private string DatabasePath => Path.Combine(_folder, "test.db");

    protected override IStraitStore OpenStore() => SqliteStraitStore.Open(DatabasePath).Value;

    public override void Dispose()
    {
        base.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void The_file_is_created_and_migrated_on_first_use()
    {
        using var store = SqliteStraitStore.Open(DatabasePath).Value;

        Assert.True(File.Exists(DatabasePath));
        Assert.Equal(3, store.LatestSchemaVersion);
        Assert.Equal(store.LatestSchemaVersion, store.SchemaVersion);
    }

    [Fact]
    public void Reopening_does_not_apply_a_migration_twice()
    {
        SqliteStraitStore.Open(DatabasePath).Value.Dispose();

        using var store = SqliteStraitStore.Open(DatabasePath).Value;

        Assert.Equal(3L, Scalar("SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public void A_database_of_schema_version_2_gains_the_simulation_tables_and_keeps_its_documents()
    {
        using (var first = SqliteStraitStore.Open(DatabasePath).Value)
        {
            first.AddDocument(Strait.Core.Documents.Document.Create("Made up", "made-up.txt", null, Strait.Core.Documents.PublishedBasis.Unknown,
                "A made-up note on a quiet week between the two capitals."));
        }

        Execute("DROP TABLE simulation_outcomes; DROP TABLE simulation_quantiles; DROP TABLE simulations; DELETE FROM schema_version WHERE version = 3");

        using var store = SqliteStraitStore.Open(DatabasePath).Value;

        Assert.Equal(3, store.SchemaVersion);
        Assert.Single(store.Documents());
        Assert.Empty(store.Simulations());
    }

    [Fact]
    public void The_database_runs_in_wal_mode()
    {
        SqliteStraitStore.Open(DatabasePath).Value.Dispose();

        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_a_clear_error()
    {
        File.WriteAllText(DatabasePath, "These are made-up notes, not a database, and they go on for a while to fill a page header.");

        var opened = SqliteStraitStore.Open(DatabasePath);

        Assert.False(opened.Success);
        Assert.Equal(ErrorCodes.Database, opened.Error!.Code);
        Assert.Equal(DatabasePath, opened.Error.Where);
    }

    [Fact]
    public void A_missing_folder_is_a_clear_error()
    {
        var opened = SqliteStraitStore.Open(Path.Combine(_folder, "no-such-folder", "test.db"));

        Assert.False(opened.Success);
        Assert.Contains("does not exist", opened.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_database_from_a_newer_strait_is_refused()
    {
        SqliteStraitStore.Open(DatabasePath).Value.Dispose();
        Execute("INSERT INTO schema_version (version, description) VALUES (99, 'from the future')");

        var opened = SqliteStraitStore.Open(DatabasePath);

        Assert.False(opened.Success);
        Assert.Contains("schema version 99", opened.Error!.Message, StringComparison.Ordinal);
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private void Execute(string sql) => Scalar(sql);
}
