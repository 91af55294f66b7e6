using System.CommandLine;
using System.Data.Common;
using Spectre.Console;
using Strait.Cli.Ingestion;
using Strait.Core;
using Strait.Ingest;

namespace Strait.Cli.Commands;

/// <summary>
/// <c>strait ingest PATH...</c>: reads articles from files and folders, stores the new ones with the events and
/// indicators the text pipeline finds, and prints a summary. Exit code 0 when every file was read, 2 when some
/// failed (each is listed with its path and reason), 1 when nothing could be done.
/// </summary>
public static class IngestCommand
{
    /// <summary>From this many files on, an interactive console shows a progress bar instead of a line per file.</summary>
    public const int ProgressBarFrom = 20;

    public static Command Create(CliContext context, CommonOptions options)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files and folders (read recursively): .txt/.md, .html, RSS/Atom (.xml/.rss/.atom), .jsonl",
            Arity = ArgumentArity.OneOrMore,
        };
        var reanalyse = new Option<bool>("--reanalyze")
        {
            Description = "Run the text pipeline again on documents already stored and replace their events",
        };
        var command = new Command("ingest", "Read articles into the database and code their events");
        command.Arguments.Add(paths);
        command.Options.Add(reanalyse);
        command.SetAction(parseResult =>
        {
            using var store = StoreOpener.Open(context, options, parseResult);
            if (store is null)
            {
                return ExitCodes.BadInput;
            }

            var analyzer = DocumentAnalyzers.Load();
            if (!analyzer.Success)
            {
                context.Error.WriteLine(analyzer.Error);
                return ExitCodes.BadInput;
            }

            var files = ArticleReader.FindFiles(parseResult.GetValue(paths) ?? []);
            var ingester = new Ingester(new ArticleReader(), store, analyzer.Value, parseResult.GetValue(reanalyse));
            var tally = new IngestTally();
            try
            {
                if (context.Console.Profile.Capabilities.Interactive && files.Count >= ProgressBarFrom)
                {
                    WithProgressBar(context, files, ingester, tally);
                }
                else
                {
                    WithLines(context, files, ingester, tally);
                }
            }
            catch (DbException ex)
            {
                context.Error.WriteLine(new StraitError(ErrorCodes.Database, $"Writing to the database failed: {ex.Message.TrimEnd('.')}",
                    store.Path, "Documents stored before the failure are whole; fix the cause and run ingest again."));
                return ExitCodes.BadInput;
            }

            WriteSummary(context, tally);
            return tally.Failures.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
        });
        return command;
    }

    private static void WithLines(CliContext context, IReadOnlyList<string> files, Ingester ingester, IngestTally tally)
    {
        foreach (var file in files)
        {
            var result = ingester.IngestFile(file, tally);
            var failed = result.Failures.Count == 0 ? "" : $", [red]{result.Failures.Count} failed[/]";
            context.Console.MarkupLine(
                $"{Markup.Escape(file)}: {result.New} new, {result.Duplicates} duplicate, {result.Events} events{failed}");
        }
    }

    private static void WithProgressBar(CliContext context, IReadOnlyList<string> files, Ingester ingester, IngestTally tally) =>
        context.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Reading articles", maxValue: files.Count);
                foreach (var file in files)
                {
                    ingester.IngestFile(file, tally);
                    task.Increment(1);
                }
            });

    private static void WriteSummary(CliContext context, IngestTally tally)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("files read", Count(tally.Files));
        table.AddRow("new documents", Count(tally.NewDocuments));
        table.AddRow("duplicates", Count(tally.Duplicates));
        if (tally.Reanalysed > 0)
        {
            table.AddRow("analysed again", Count(tally.Reanalysed));
        }

        table.AddRow("failures", Count(tally.Failures.Count));
        table.AddRow("events", Count(tally.Events));
        table.AddRow("indicators", Count(tally.Indicators));
        context.Console.Write(table);

        foreach (var failure in tally.Failures)
        {
            context.Error.WriteLine(failure);
        }
    }

    private static string Count(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
