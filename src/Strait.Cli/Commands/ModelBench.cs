using System.Globalization;
using Spectre.Console;
using Strait.Core.Knowledge;
using Strait.Sim;

namespace Strait.Cli.Commands;

/// <summary>
/// <c>strait bench --model</c>: the simulation workload of issue 5 (10,000 runs of 120 months by default),
/// timed several times; the median is reported. Use a Release build for figures worth quoting.
/// </summary>
internal static class ModelBench
{
    public static int Run(CliContext context, int timedRuns, bool json)
    {
        var data = DataDirectory.Locate();
        if (!data.Success)
        {
            context.Error.WriteLine(data.Error);
            return 2;
        }

        var seconds = new List<double>();
        ModelBenchmarkResult? last = null;
        for (var i = 0; i < Math.Max(1, timedRuns); i++)
        {
            var result = ModelBenchmark.Run(data.Value, seed: (ulong)(i + 1));
            if (!result.Success)
            {
                context.Error.WriteLine(result.Error);
                return 2;
            }

            last = result.Value;
            seconds.Add(result.Value.Seconds);
        }

        seconds.Sort();
        var median = Strait.Core.Numbers.SampleStatistics.Median(seconds);
        if (json)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{{\"runs\": {last!.Runs}, \"months\": {last.Months}, \"seconds\": {median:0.###}, \"timed_repeats\": {seconds.Count}, \"min_seconds\": {seconds[0]:0.###}, \"max_seconds\": {seconds[^1]:0.###}}}"));
        }
        else
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn("measure").AddColumn("value");
            table.AddRow("simulation runs", last!.Runs.ToString(CultureInfo.InvariantCulture));
            table.AddRow("months per run", last.Months.ToString(CultureInfo.InvariantCulture));
            table.AddRow("repeats (median reported)", seconds.Count.ToString(CultureInfo.InvariantCulture));
            table.AddRow("seconds (median)", median.ToString("0.###", CultureInfo.InvariantCulture));
            table.AddRow("seconds (min / max)", string.Create(CultureInfo.InvariantCulture, $"{seconds[0]:0.###} / {seconds[^1]:0.###}"));
            context.Console.Write(table);
        }

        return 0;
    }
}
