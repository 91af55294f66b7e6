using System.CommandLine;
using Strait.Cli.Commands;

namespace Strait.Cli;

/// <summary>The <c>strait</c> command: its global options and the list of subcommands.</summary>
public static class StraitCommandLine
{
    public static RootCommand Build(CliContext context)
    {
        var options = new CommonOptions();
        var root = new RootCommand("Strait: Japan–South Korea relations as a system, from news to forecasts.");
        root.Options.Add(options.Database);
        foreach (var command in Commands(context, options))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static IEnumerable<Command> Commands(CliContext context, CommonOptions options)
    {
        // One line per command; each command lives in its own file under Commands/.
        yield return ExtractCommand.Create(context, options);
        yield return EvalCommand.Create(context, options);
        yield return BenchCommand.Create(context, options);
        yield return IngestCommand.Create(context, options);
        yield return DocsCommand.Create(context, options);
        yield return EventsCommand.Create(context, options);
        yield return TimelineCommand.Create(context, options);
        yield return LoadKnowledgeCommand.Create(context, options);
        yield return AlmanacCommand.Create(context, options);
        yield return IndicatorsCommand.Create(context, options);
        yield return IndexCommand.Create(context, options);
        yield return ReportCommand.Create(context, options);
        yield return DemoCommand.Create(context, options);
        yield return SimulateCommand.Create(context, options);
        yield return SimulationsCommand.Create(context, options);
        yield return CalibrateCommand.Create(context, options);
        yield return BacktestCommand.Create(context, options);
        yield break;
    }
}
