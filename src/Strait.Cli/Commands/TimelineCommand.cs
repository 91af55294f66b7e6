using System.CommandLine;
using Spectre.Console;
using Spectre.Console.Rendering;
using Strait.Cli.Ingestion;
using Strait.Cli.Output;
using Strait.Core.Events;
using Strait.Store;

namespace Strait.Cli.Commands;

/// <summary>
/// <c>strait timeline</c>: the stored events in date order, each with all its evidence and the title and source
/// of the document it comes from. As csv or json, one row per piece of evidence.
/// </summary>
public static class TimelineCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var format = CommonOptions.Format();
        var filters = new EventFilterOptions();
        var command = new Command("timeline", "Show the stored events in date order with their evidence");
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

            var events = store.Events(query.Value);
            var documents = store.Documents().ToDictionary(d => d.Id, StringComparer.Ordinal);
            var chosen = parseResult.GetValue(format);
            if (chosen == OutputFormat.Table)
            {
                WriteTable(context, events, documents);
            }
            else
            {
                RecordWriter.Write(context, chosen,
                    ["when", "type", "status", "source", "target", "issue", "confidence", "evidence", "document", "title", "document_source"],
                    FlatRows(events, documents).ToList());
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static IEnumerable<IReadOnlyList<object?>> FlatRows(IReadOnlyList<StoredEvent> events, Dictionary<string, DocumentSummary> documents)
    {
        foreach (var stored in events)
        {
            var e = stored.Event;
            foreach (var evidence in e.Evidence)
            {
                var document = evidence.DocumentId is null ? null : documents.GetValueOrDefault(evidence.DocumentId);
                yield return
                [
                    e.When?.ToString(), e.Type.ToString(), EnumNames.Name(e.Status), e.Source.ToString(), e.Target.ToString(),
                    EnumNames.Name(e.Issue), e.Confidence, evidence.Text, evidence.DocumentId, document?.Title,
                    document?.Source ?? evidence.Source,
                ];
            }
        }
    }

    private static void WriteTable(CliContext context, IReadOnlyList<StoredEvent> events, Dictionary<string, DocumentSummary> documents)
    {
        if (events.Count == 0)
        {
            context.Console.MarkupLine("[dim]No events match.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("when").AddColumn("event").AddColumn("evidence");
        foreach (var stored in events)
        {
            var e = stored.Event;
            var what = new Markup(
                $"[bold]{e.Type}[/] {Markup.Escape(e.Source.ToString())} → {Markup.Escape(e.Target.ToString())}\n" +
                $"[dim]{EnumNames.Name(e.Issue)} · {EnumNames.Name(e.Status)} · {e.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}[/]");
            var evidence = e.Evidence.Select(x =>
            {
                var document = x.DocumentId is null ? null : documents.GetValueOrDefault(x.DocumentId);
                var from = document is null ? x.Source ?? "" : $"{document.Title ?? document.Id} ({document.Source})";
                return (IRenderable)new Markup($"“{Markup.Escape(x.Text)}”\n[dim]— {Markup.Escape(from)}[/]");
            });
            table.AddRow(new Spectre.Console.Text(e.When?.ToString() ?? "undated"), what, new Spectre.Console.Rows(evidence));
        }

        context.Console.Write(table);
    }
}
