using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Strait.Analysis.Index;
using Strait.Cli.Ingestion;
using Strait.Core.Knowledge;
using Strait.Ingest;
using Strait.Store;
using Strait.Store.Sqlite;

namespace Strait.Cli.Commands;

/// <summary>
/// <c>strait demo [--out DIR]</c>: the README's first command. Builds a fresh database in the folder (default
/// <c>strait-demo/</c>) from the built-in almanac and indicator series (as <c>load-knowledge</c> does) and the
/// sample articles in <c>samples/</c> (through the ingest pipeline), builds the index and the report from that
/// database, prints the index by year and the biggest moves with what drove them, and writes the report to
/// <c>DIR/report.html</c>.
/// </summary>
public static class DemoCommand
{
    public const string DefaultFolder = "strait-demo";
    public const string DatabaseName = "strait-demo.db";
    public const string ReportName = "report.html";

    /// <summary>The years shown in the printed table; the report and `strait index` show every year.</summary>
    public const int TableFromYear = 2008;

    /// <summary>The scenario whose simulated outlook the demo's report draws as a fan chart.</summary>
    public const string BaselineScenario = "baseline.yaml";

    public const int BaselineRuns = 1000;

    public const ulong BaselineSeed = 1;

    public static Command Create(CliContext context, CommonOptions options)
    {
        var output = new Option<string>("--out") { Description = "Folder for the demo database and report", DefaultValueFactory = _ => DefaultFolder };
        var weights = ReportCommand.WeightsOption();
        var command = new Command("demo", "Build a database from the samples and built-in knowledge, print a summary and write the report");
        command.Options.Add(output);
        command.Options.Add(weights);
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetValue(output)!;
            var data = DataDirectory.Locate();
            if (!data.Success)
            {
                context.Error.WriteLine(data.Error);
                return ExitCodes.BadInput;
            }

            Directory.CreateDirectory(folder);
            var database = Path.Combine(folder, DatabaseName);
            foreach (var stale in new[] { database, database + "-wal", database + "-shm", database + "-journal" })
            {
                File.Delete(stale);
            }

            var built = Build(context, database, Path.Combine(Path.GetDirectoryName(data.Value)!, "samples"));
            if (built is not { } b)
            {
                return ExitCodes.BadInput;
            }

            var (knowledge, tally) = b;
            var sources = ReportCommand.Sources.Load(context, database, parseResult.GetValue(weights));
            if (!sources.Success)
            {
                context.Error.WriteLine(sources.Error);
                return ExitCodes.BadInput;
            }

            var index = sources.Value.Index;
            context.Console.MarkupLine(
                $"[bold]Strait demo[/]: {knowledge.Entries} almanac entries, {tally.NewDocuments} sample articles ({tally.Events} extracted events), " +
                $"{knowledge.Observations} indicator values → {index.Events.Count} counted events.");
            WriteYears(context, index);
            WriteMoves(context, index);

            var fan = SimulationSupport.Fan(Path.Combine(Path.GetDirectoryName(data.Value)!, "scenarios", BaselineScenario), BaselineRuns, BaselineSeed);
            if (!fan.Success)
            {
                context.Error.WriteLine(fan.Error);
                return ExitCodes.BadInput;
            }

            context.Console.MarkupLine(Markup.Escape(
                $"Simulated outlook: scenario {fan.Value.Scenario}, {fan.Value.Runs} runs, seed {fan.Value.Seed}, median index {fan.Value.Months[^1].P50:+0.0;-0.0} by {fan.Value.Months[^1].Month:yyyy-MM} (90% of runs between {fan.Value.Months[^1].P5:+0.0;-0.0} and {fan.Value.Months[^1].P95:+0.0;-0.0})."));
            var report = Path.Combine(folder, ReportName);
            var written = ReportCommand.Write(context, sources.Value, report, fan.Value);
            if (!written.Success)
            {
                context.Error.WriteLine(written.Error);
                return ExitCodes.BadInput;
            }

            context.Console.MarkupLine($"Report: [link]{Markup.Escape(report)}[/]   Database: {Markup.Escape(database)}");
            foreach (var failure in tally.Failures)
            {
                context.Error.WriteLine(failure);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Stores the built-in knowledge in the fresh database, then ingests the samples; null (with the reason written) when it cannot.</summary>
    private static (KnowledgeSaved Knowledge, IngestTally Tally)? Build(CliContext context, string database, string samples)
    {
        var opened = SqliteStraitStore.Open(database);
        if (!opened.Success)
        {
            context.Error.WriteLine(opened.Error);
            return null;
        }

        using var store = opened.Value;
        var knowledge = BuiltInKnowledge.LoadInto(store);
        if (!knowledge.Success)
        {
            context.Error.WriteLine(knowledge.Error);
            return null;
        }

        var analyzer = DocumentAnalyzers.Load();
        if (!analyzer.Success)
        {
            context.Error.WriteLine(analyzer.Error);
            return null;
        }

        var tally = new IngestTally();
        var ingester = new Ingester(new ArticleReader(), store, analyzer.Value, reanalyse: false);
        foreach (var file in ArticleReader.FindFiles([samples]))
        {
            ingester.IngestFile(file, tally);
        }

        return (knowledge.Value, tally);
    }

    private static void WriteYears(CliContext context, RelationsIndex index)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"Relations index by year, {TableFromYear} on (strait index --by year for all)")
            .AddColumn("year").AddColumn(new TableColumn("index").RightAligned()).AddColumn(new TableColumn("events' weight").RightAligned())
            .AddColumn(new TableColumn("crisis months").RightAligned()).AddColumn("largest issue");
        foreach (var year in index.By(PeriodKind.Year).Where(y => y.Period.Year >= TableFromYear))
        {
            var issue = year.Issues.MaxBy(i => Math.Abs(i.Value));
            table.AddRow(
                year.Period.Label,
                Number(year.Index),
                Number(year.Flow),
                year.CrisisMonths == 0 ? "" : year.CrisisMonths.ToString(CultureInfo.InvariantCulture),
                Math.Abs(issue.Value) < 0.05 ? "" : $"{Core.Events.EnumNames.Name(issue.Key)} {Number(issue.Value)}");
        }

        context.Console.Write(table);
    }

    private static void WriteMoves(CliContext context, RelationsIndex index)
    {
        context.Console.MarkupLine("[bold]The biggest moves and what drove them[/]");
        foreach (var move in IndexMoves.Largest(index, 6, driversPerMove: 2))
        {
            context.Console.MarkupLine(
                $"  [bold]{CalendarPeriod.Of(move.Month.Month, PeriodKind.Month).Label}[/] {Number(move.Change)} (index {Number(move.Month.Level)}{(move.Month.Crisis ? ", crisis" : "")})");
            foreach (var driver in move.Drivers)
            {
                var coded = driver.Event.Event;
                var text = coded.Evidence.FirstOrDefault()?.Text ?? "";
                context.Console.MarkupLine(Markup.Escape($"      {Number(driver.Amount)}  {coded.When} {coded.Type} {coded.Source}→{coded.Target}: {Shorten(text, 90)}"));
            }
        }
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Number(double value) => value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);
}
