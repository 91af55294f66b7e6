using System.CommandLine;
using Strait.Cli.Commands;
using Strait.Store.Sqlite;

namespace Strait.Cli.Ingestion;

/// <summary>Opens the store named by <c>--db</c>, or says why not on the error writer.</summary>
public static class StoreOpener
{
    public static SqliteStraitStore? Open(CliContext context, CommonOptions options, ParseResult parseResult)
    {
        var path = parseResult.GetValue(options.Database) ?? SqliteStraitStore.DefaultFileName;
        var opened = SqliteStraitStore.Open(path);
        if (opened.Success)
        {
            return opened.Value;
        }

        context.Error.WriteLine(opened.Error);
        return null;
    }
}
