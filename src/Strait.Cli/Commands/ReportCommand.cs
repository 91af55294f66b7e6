using System.CommandLine;
using NodaTime;
using Strait.Analysis.Index;
using Strait.Core;
using Strait.Core.Events;
using Strait.Core.Knowledge;
using Strait.Report;
using Strait.Store;
using Strait.Store.Sqlite;

namespace Strait.Cli.Commands;

/// <summary>
/// <c>strait report --out FILE.html</c>: writes the self-contained HTML report of the relations index built from
/// the built-in almanac and the events extracted into the database (<c>--db</c>, when the file exists).
/// </summary>
public static class ReportCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var output = new Option<string>("--out") { Description = "The HTML file to write", Required = true };
        var weights = WeightsOption();
        var command = new Command("report", "Write the HTML report: the index, its issues, public opinion, leaders and the timeline");
        command.Options.Add(output);
        command.Options.Add(weights);
        command.SetAction(parseResult =>
        {
            var sources = Sources.Load(context, parseResult.GetValue(options.Database)!, parseResult.GetValue(weights));
            if (!sources.Success)
            {
                context.Error.WriteLine(sources.Error);
                return 1;
            }

            var path = parseResult.GetValue(output)!;
            var written = Write(context, sources.Value, path);
            if (!written.Success)
            {
                context.Error.WriteLine(written.Error);
                return 1;
            }

            context.Out.WriteLine($"Wrote {path} ({sources.Value.Index.Events.Count} counted events).");
            return 0;
        });
        return command;
    }

    /// <summary>The <c>--weights</c> option shared by the index, report and demo commands.</summary>
    public static Option<string?> WeightsOption() => new("--weights")
    {
        Description = "A weights file for the index (default: data/index/weights.yaml)",
    };

    /// <summary>Writes the report of <paramref name="sources"/> to <paramref name="path"/>.</summary>
    public static Outcome<string> Write(CliContext context, Sources sources, string path)
    {
        var today = context.Clock.GetCurrentInstant().InUtc().Date;
        var html = new HtmlReport(new Charts()).Write(new ReportInput(sources.Index, sources.Knowledge.Indicators, sources.Knowledge.Leaders, today, sources.Documents));
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(path, html);
            return Outcome<string>.Ok(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Outcome<string>.Fail(new StraitError(ErrorCodes.UnreadableFile, $"Cannot write the report: {ex.Message.TrimEnd('.')}", path,
                "Choose a path in a folder you can write to."));
        }
    }

    /// <summary>
    /// What the index, report and demo are built from: the built-in knowledge, the events extracted into the
    /// database (none when the file does not exist: it is not created), and the index of both together.
    /// </summary>
    public sealed record Sources(ReportKnowledge Knowledge, IReadOnlyList<CodedEvent> Extracted, int Documents, RelationsIndex Index)
    {
        public static Outcome<Sources> Load(CliContext context, string database, string? weights, Issue? issue = null)
        {
            var data = DataDirectory.Locate();
            if (!data.Success)
            {
                return Outcome<Sources>.Fail(data.Error!);
            }

            var knowledge = ReportKnowledge.Load(data.Value, weights);
            if (!knowledge.Success)
            {
                return Outcome<Sources>.Fail(knowledge.Error!);
            }

            IReadOnlyList<CodedEvent> extracted = [];
            var documents = 0;
            if (File.Exists(database))
            {
                var opened = SqliteStraitStore.Open(database);
                if (!opened.Success)
                {
                    return Outcome<Sources>.Fail(opened.Error!);
                }

                using var store = opened.Value;
                extracted = store.Events(EventQuery.All).Select(e => e.Event).ToList();
                documents = store.Documents().Count;
            }
            else
            {
                context.Error.WriteLine($"note: no database at {database}; using the built-in almanac only (run `strait ingest` or `strait demo` to add articles).");
            }

            var events = knowledge.Value.Almanac.Select(a => a.Event).Concat(extracted).Where(e => issue is null || e.Issue == issue);
            var now = context.Clock.GetCurrentInstant().InUtc().Date;
            var index = new RelationsIndexBuilder(knowledge.Value.Settings).Build(events, through: new YearMonth(now.Year, now.Month));
            return Outcome<Sources>.Ok(new Sources(knowledge.Value, extracted, documents, index));
        }
    }
}
