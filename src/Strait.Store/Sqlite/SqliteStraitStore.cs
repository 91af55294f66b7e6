using Microsoft.Data.Sqlite;
using Strait.Core;
using Strait.Store.Relational;

namespace Strait.Store.Sqlite;

/// <summary>
/// The store in one SQLite file, created and migrated on first use. It runs in WAL mode with foreign keys on;
/// every document is written with its analysis in one transaction, so a run killed half way leaves each
/// stored document whole.
/// </summary>
public sealed class SqliteStraitStore : RelationalStraitStore
{
    /// <summary>The file a command uses when <c>--db</c> is not given.</summary>
    public const string DefaultFileName = "strait.db";

    private SqliteStraitStore(SqliteConnection connection, string path)
        : base(connection, SqliteSql.Statements)
    {
        Path = path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating and migrating if need be) the database file at <paramref name="path"/>.</summary>
    public static Outcome<SqliteStraitStore> Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return Fail(full, "this is a folder, not a database file", "Give a file name such as strait.db.");
        }

        var folder = System.IO.Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            return Fail(full, $"the folder {folder} does not exist", "Create the folder first or choose another --db path.");
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = false,
        }.ToString();

        var connection = new SqliteConnection(connectionString);
        SqliteStraitStore? store = null;
        try
        {
            connection.Open();
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000;";
                pragma.ExecuteNonQuery();
            }

            store = new SqliteStraitStore(connection, full);
            if (store.Migrate() is { } reason)
            {
                store.Dispose();
                return Fail(full, reason, "Use a newer Strait or another --db file.");
            }

            return Outcome<SqliteStraitStore>.Ok(store);
        }
        catch (SqliteException ex)
        {
            if (store is null)
            {
                connection.Dispose();
            }
            else
            {
                store.Dispose();
            }

            return Fail(full, ex.Message.TrimEnd('.'), "Check that the file is a Strait database and is writable, or choose another --db path.");
        }
    }

    private static Outcome<SqliteStraitStore> Fail(string path, string message, string hint) =>
        Outcome<SqliteStraitStore>.Fail(new StraitError(ErrorCodes.Database, $"Cannot open the database: {message}", path, hint));
}
