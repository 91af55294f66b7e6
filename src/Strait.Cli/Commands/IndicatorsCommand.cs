using System.CommandLine;
using Strait.Cli.Output;
using Strait.Core.Knowledge;

namespace Strait.Cli.Commands;

/// <summary>
/// <c>strait indicators</c>: lists the built-in indicator series (opinion polls, approval, trade), filtered by
/// series name and population. Changes of method are shown in the <c>break</c> column, not smoothed over.
/// </summary>
public static class IndicatorsCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var series = new Option<string?>("--series") { Description = "Keep one series (jp_affinity_kr, kr_good_of_jp, ...)" };
        var population = new Option<string?>("--population") { Description = "Keep one population or economy (KOR, JPN)" };
        var format = CommonOptions.Format();
        var command = new Command("indicators", "List the built-in indicator series: opinion polls, approval, trade");
        command.Options.Add(series);
        command.Options.Add(population);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var data = DataDirectory.Locate();
            if (!data.Success)
            {
                context.Error.WriteLine(data.Error);
                return 1;
            }

            var observations = IndicatorLoader.LoadDirectory(Path.Combine(data.Value, "indicators"));
            if (!observations.Success)
            {
                context.Error.WriteLine(observations.Error);
                return 1;
            }

            var wantedSeries = parseResult.GetValue(series);
            var wantedPopulation = parseResult.GetValue(population);
            var rows = observations.Value
                .Where(o => wantedSeries is null || string.Equals(o.Series, wantedSeries, StringComparison.OrdinalIgnoreCase))
                .Where(o => wantedPopulation is null || string.Equals(o.Indicator.Population, wantedPopulation, StringComparison.OrdinalIgnoreCase))
                .Select(o => (IReadOnlyList<object?>)
                [
                    o.Series, o.Indicator.Measure, o.Indicator.Population, o.Indicator.When?.ToString(), o.Indicator.Value, o.Indicator.Unit,
                    o.Indicator.By, o.Mode, o.SeriesBreak, o.Indicator.Evidence.Source ?? o.Indicator.Evidence.Text, o.Note,
                ]);
            RecordWriter.Write(context, parseResult.GetValue(format),
                ["series", "measure", "population", "when", "value", "unit", "by", "mode", "break", "source", "note"], rows);
            return 0;
        });
        return command;
    }
}
