using System.CommandLine;
using Strait.Cli.Ingestion;
using Strait.Cli.Output;
using Strait.Core.Events;

namespace Strait.Cli.Commands;

/// <summary><c>strait events</c>: the stored events, filtered by date range, issue, type and actor, in date order.</summary>
public static class EventsCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var format = CommonOptions.Format();
        var filters = new EventFilterOptions();
        var command = new Command("events", "List the stored events with their first evidence");
        command.Options.Add(format);
        filters.AddTo(command);
        command.SetAction(parseResult =>
        {
            var query = filters.Read(parseResult);
            if (!query.Success)
            {
                context.Error.WriteLine(query.Error);
                return ExitCodes.BadInput;
            }

            using var store = StoreOpener.Open(context, options, parseResult);
            if (store is null)
            {
                return ExitCodes.BadInput;
            }

            var chosen = parseResult.GetValue(format);
            var rows = store.Events(query.Value).Select(stored =>
            {
                var e = stored.Event;
                return (IReadOnlyList<object?>)
                [
                    e.When?.ToString(), e.Type.ToString(), EnumNames.Name(e.Status), e.Source.ToString(), e.Target.ToString(),
                    EnumNames.Name(e.Issue), e.Confidence, Evidence(e, chosen), string.Join(' ', stored.DocumentIds),
                ];
            });
            RecordWriter.Write(context, chosen,
                ["when", "type", "status", "source", "target", "issue", "confidence", "evidence", "documents"], rows.ToList());
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The first evidence: whole in csv and json, cut to <see cref="TableEvidenceLength"/> characters in a table.</summary>
    private static string? Evidence(CodedEvent e, OutputFormat format)
    {
        var text = e.Evidence.FirstOrDefault()?.Text;
        return format != OutputFormat.Table || text is null || text.Length <= TableEvidenceLength
            ? text
            : string.Concat(text.AsSpan(0, TableEvidenceLength - 1), "…");
    }

    /// <summary>How much evidence a table row shows; <c>strait timeline</c> shows it whole.</summary>
    public const int TableEvidenceLength = 60;
}
