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
/// the database (<c>--db</c>): the almanac's and the articles' events and the indicator series (see <see cref="Sources"/>).
/// </summary>
public static class ReportCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var output = new Option<string>("--out") { Description = "The HTML file to write", Required = true };
        var weights = WeightsOption();
        var scenario = new Option<string?>("--scenario") { Description = "Add a fan chart of this scenario's simulated index (YAML; see scenarios/README.md)" };
        var runs = new Option<int>("--runs") { Description = "Monte Carlo runs for the fan chart", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the fan chart's runs (shown in the report)", DefaultValueFactory = _ => 1 };
        var command = new Command("report", "Write the HTML report: the index, its issues, public opinion, leaders, the timeline and an optional simulated outlook");
        command.Options.Add(output);
        command.Options.Add(weights);
        command.Options.Add(scenario);
        command.Options.Add(runs);
        command.Options.Add(seed);
        command.SetAction(parseResult =>
        {
            var sources = Sources.Load(context, parseResult.GetValue(options.Database)!, parseResult.GetValue(weights));
            if (!sources.Success)
            {
                context.Error.WriteLine(sources.Error);
                return 1;
            }

            SimulationFan? fan = null;
            if (parseResult.GetValue(scenario) is { } scenarioFile)
            {
                var simulated = SimulationSupport.Fan(scenarioFile, Math.Max(1, parseResult.GetValue(runs)), parseResult.GetValue(seed));
                if (!simulated.Success)
                {
                    context.Error.WriteLine(simulated.Error);
                    return 1;
                }

                fan = simulated.Value;
            }

            var path = parseResult.GetValue(output)!;
            var written = Write(context, sources.Value, path, fan);
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
    public static Outcome<string> Write(CliContext context, Sources sources, string path, SimulationFan? fan = null)
    {
        var today = context.Clock.GetCurrentInstant().InUtc().Date;
        var html = new HtmlReport(new Charts()).Write(new ReportInput(sources.Index, sources.Indicators, sources.Knowledge.Leaders, today, sources.Documents, sources.Knowledge.Presentation, fan));
        return OutputFile.Write(path, html, "Cannot write the report", "Choose a path in a folder you can write to.");
    }

    /// <summary>
    /// What the index, report and demo are built from. With a database (<c>--db</c>) that holds the built-in
    /// knowledge (<c>strait load-knowledge</c>, <c>strait demo</c>), everything comes from it: the almanac's and
    /// the articles' events, merged when they are the same event, and the indicator series. A database without
    /// it adds its articles' events to the data folder's almanac and series, and says so on standard error; with
    /// no database file (it is not created) the data folder alone is used, as standard error says. The leaders'
    /// terms and the index weights always come from the data folder (or <c>--weights</c>).
    /// </summary>
    /// <param name="Knowledge">The data folder's knowledge: leaders and settings (and the almanac and series when the database lacks them).</param>
    /// <param name="Events">The events the index was built from: almanac and articles, before the index merges reports of one event.</param>
    /// <param name="Indicators">The indicator series the report draws.</param>
    /// <param name="Documents">Articles in the database.</param>
    /// <param name="FromDatabase">True when the almanac and the series were read from the database.</param>
    /// <param name="Index">The relations index.</param>
    public sealed record Sources(
        ReportKnowledge Knowledge,
        IReadOnlyList<CodedEvent> Events,
        IReadOnlyList<IndicatorObservation> Indicators,
        int Documents,
        bool FromDatabase,
        RelationsIndex Index)
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

            IReadOnlyList<CodedEvent> events = knowledge.Value.Almanac.Select(a => a.Event).ToList();
            var indicators = knowledge.Value.Indicators;
            var documents = 0;
            var fromDatabase = false;
            if (File.Exists(database))
            {
                var opened = SqliteStraitStore.Open(database);
                if (!opened.Success)
                {
                    return Outcome<Sources>.Fail(opened.Error!);
                }

                using var store = opened.Value;
                var stored = store.Events(EventQuery.All).Select(e => e.Event).ToList();
                documents = store.Documents().Count;
                if (store.Knowledge().IsEmpty)
                {
                    context.Error.WriteLine($"note: the database {database} holds no built-in knowledge; using the almanac and indicator series of {data.Value} " +
                        $"beside its articles (run `strait load-knowledge --db {database}` to store them).");
                    events = [.. events, .. stored];
                }
                else
                {
                    events = stored;
                    indicators = store.Series();
                    fromDatabase = true;
                }
            }
            else
            {
                context.Error.WriteLine($"note: no database at {database}; using the built-in almanac only (run `strait ingest` or `strait demo` to add articles).");
            }

            var now = context.Clock.GetCurrentInstant().InUtc().Date;
            var index = new RelationsIndexBuilder(knowledge.Value.Settings)
                .Build(events.Where(e => issue is null || e.Issue == issue), through: new YearMonth(now.Year, now.Month));
            return Outcome<Sources>.Ok(new Sources(knowledge.Value, events, indicators, documents, fromDatabase, index));
        }
    }
}
