using System.CommandLine;
using System.Data.Common;
using Strait.Cli.Ingestion;
using Strait.Core;

namespace Strait.Cli.Commands;

/// <summary>
/// <c>strait load-knowledge</c>: stores the built-in almanac and indicator series in the database (<c>--db</c>),
/// replacing those stored before, so that <c>index</c>, <c>report</c>, <c>events</c> and <c>timeline</c> see
/// them beside the articles. An almanac event that an article also reports becomes one event with both pieces
/// of evidence. Run it again after editing the data files; articles and their events are kept.
/// </summary>
public static class LoadKnowledgeCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var command = new Command("load-knowledge", "Store the built-in almanac and indicator series in the database (again: replace them)");
        command.SetAction(parseResult =>
        {
            using var store = StoreOpener.Open(context, options, parseResult);
            if (store is null)
            {
                return ExitCodes.BadInput;
            }

            try
            {
                var saved = BuiltInKnowledge.LoadInto(store);
                if (!saved.Success)
                {
                    context.Error.WriteLine(saved.Error);
                    return ExitCodes.BadInput;
                }

                var s = saved.Value;
                context.Out.WriteLine(
                    $"Stored {s.Entries} almanac entries as {s.Events} events ({s.MergedWithArticles} also reported by stored articles) " +
                    $"and {s.Observations} indicator values in {store.Path}.");
                return ExitCodes.Ok;
            }
            catch (DbException ex)
            {
                context.Error.WriteLine(new StraitError(ErrorCodes.Database, $"Writing to the database failed: {ex.Message.TrimEnd('.')}",
                    store.Path, "Nothing was changed; fix the cause and run load-knowledge again."));
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
