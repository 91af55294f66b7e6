using System.CommandLine;
using System.Text.Json;
using Strait.Cli.Output;
using Strait.Core;
using Strait.Sim.MonteCarlo;

namespace Strait.Cli.Commands;

/// <summary>
/// <c>strait simulate --scenario FILE [--runs N] [--seed S] [--format table|json] [--out FILE]</c>: a Monte
/// Carlo simulation of a scenario. Prints the 5/25/50/75/95% quantiles of each variable (the table shows
/// every 6th month) and the probabilities of the named outcomes, and writes the whole result (scenario,
/// seed, runs, parameters, quantiles of every month) as JSON to --out, by default
/// simulations/&lt;scenario&gt;-&lt;seed&gt;.json beside the database (until the store keeps simulations).
/// </summary>
public static class SimulateCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var scenario = new Option<string>("--scenario") { Description = "The scenario file (YAML; see scenarios/README.md)", Required = true };
        var runs = new Option<int>("--runs") { Description = "Number of Monte Carlo runs", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the runs (recorded with the result)", DefaultValueFactory = _ => 1 };
        var format = new Option<OutputFormat>("--format") { Description = "table or json", DefaultValueFactory = _ => OutputFormat.Table };
        var output = new Option<string?>("--out") { Description = "Where to write the result as JSON (default simulations/<scenario>-<seed>.json beside the database)" };
        var command = new Command("simulate", "Monte Carlo simulation of a scenario: quantiles over time and outcome probabilities");
        foreach (var option in new Option[] { scenario, runs, seed, format, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var count = parseResult.GetValue(runs);
            if (count < 1)
            {
                context.Error.WriteLine(new StraitError(ErrorCodes.Scenario, "--runs must be at least 1", "--runs"));
                return 1;
            }

            var model = SimulationSupport.LoadModel();
            if (!model.Success)
            {
                context.Error.WriteLine(model.Error);
                return 1;
            }

            var setup = model.Value.Setup;
            var loaded = setup.Scenarios.Load(parseResult.GetValue(scenario)!);
            if (!loaded.Success)
            {
                context.Error.WriteLine(loaded.Error);
                return 1;
            }

            var seedValue = parseResult.GetValue(seed);
            var result = setup.Simulate(loaded.Value, count, seedValue);
            var database = parseResult.GetValue(options.Database)!;
            var path = parseResult.GetValue(output)
                ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database)) ?? ".", "simulations", $"{loaded.Value.Name}-{seedValue}.json");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var json = ToJson(result);
            File.WriteAllText(path, json);
            var parameters = $"parameters: {SimulationSupport.Describe(setup)}";
            if (parseResult.GetValue(format) == OutputFormat.Json)
            {
                context.Error.WriteLine(parameters);
                context.Out.WriteLine(json);
            }
            else
            {
                context.Out.WriteLine(parameters);
                WriteTables(context, result);
                context.Out.WriteLine($"{result.Runs} runs, seed {result.Seed}, {result.Seconds:0.00} s. Written to {path}.");
            }

            return 0;
        });
        return command;
    }

    public static string ToJson(SimulationResult result) => JsonSerializer.Serialize(
        new
        {
            scenario = result.Scenario,
            seed = result.Seed,
            runs = result.Runs,
            seconds = result.Seconds,
            outcomes = result.Outcomes.Select(o => new { name = o.Name, description = o.Description, probability = o.Probability }),
            series = result.Series.Select(s => new
            {
                name = s.Name,
                points = s.Points.Select(p => new { month = SimulationSupport.Month(p.Month), p5 = p.P5, p25 = p.P25, p50 = p.P50, p75 = p.P75, p95 = p.P95, mean = p.Mean }),
            }),
            parameters = result.Parameters,
        },
        new JsonSerializerOptions { WriteIndented = true });

    private static void WriteTables(CliContext context, SimulationResult result)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var series in result.Series)
        {
            for (var t = 0; t < series.Points.Count; t++)
            {
                if (t % 6 == 0 || t == series.Points.Count - 1)
                {
                    var p = series.Points[t];
                    rows.Add([series.Name, SimulationSupport.Month(p.Month), p.P5, p.P25, p.P50, p.P75, p.P95]);
                }
            }
        }

        RecordWriter.Write(context, OutputFormat.Table, ["variable", "month", "p5", "p25", "p50", "p75", "p95"], rows);
        RecordWriter.Write(context, OutputFormat.Table, ["outcome", "probability", "meaning"],
            result.Outcomes.Select(o => (IReadOnlyList<object?>)[o.Name, o.Probability, o.Description]));
    }
}
