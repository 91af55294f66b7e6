using System.CommandLine;
using Strait.Cli.Ingestion;
using Strait.Cli.Output;

namespace Strait.Cli.Commands;

/// <summary><c>strait docs</c>: the stored documents with their dates, sources, sizes and event counts.</summary>
public static class DocsCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var format = CommonOptions.Format();
        var command = new Command("docs", "List the stored documents");
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            using var store = StoreOpener.Open(context, options, parseResult);
            if (store is null)
            {
                return ExitCodes.BadInput;
            }

            var rows = store.Documents().Select(d => (IReadOnlyList<object?>)
            [
                d.Id, d.Published?.ToString(), d.PublishedBasis.ToString().ToLowerInvariant(), d.Title, d.Source, d.Characters, d.Events,
            ]);
            RecordWriter.Write(context, parseResult.GetValue(format),
                ["id", "published", "basis", "title", "source", "characters", "events"], rows.ToList());
            return ExitCodes.Ok;
        });
        return command;
    }
}
