using System.CommandLine;
using System.Reflection;
using System.Security.Cryptography;
using Strait.Cli.Ingestion;
using Strait.Cli.Output;
using Strait.Core;
using Strait.Sim;
using Strait.Sim.MonteCarlo;
using Strait.Sim.Scenarios;
using Strait.Store;

namespace Strait.Cli.Commands;

/// <summary>
/// <c>strait simulate --scenario FILE [--runs N] [--seed S] [--format table|json] [--out FILE]</c>: a Monte
/// Carlo simulation of a scenario. Stores the run in the database (--db) with everything needed to run it
/// again (the scenario file's text, the seed, every parameter value, the versions of the code and the model's
/// data) and what it found (the 5/25/50/75/95% quantiles and the mean of each variable in each month, the
/// probabilities of the named outcomes), and prints its id, the quantiles (the table shows every 6th month) and
/// the outcomes. <c>--out</c> also writes the run as JSON to a file. <c>strait simulations</c> lists stored runs.
/// </summary>
public static class SimulateCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var scenario = new Option<string>("--scenario") { Description = "The scenario file (YAML; see scenarios/README.md)", Required = true };
        var runs = new Option<int>("--runs") { Description = "Number of Monte Carlo runs", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the runs (stored with the result)", DefaultValueFactory = _ => 1 };
        var format = new Option<OutputFormat>("--format") { Description = "table or json", DefaultValueFactory = _ => OutputFormat.Table };
        var output = new Option<string?>("--out") { Description = "Also write the stored run as JSON to this file" };
        var command = new Command("simulate", "Monte Carlo simulation of a scenario, stored in the database: quantiles over time and outcome probabilities");
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
                return ExitCodes.BadInput;
            }

            var model = SimulationSupport.LoadModel();
            if (!model.Success)
            {
                context.Error.WriteLine(model.Error);
                return ExitCodes.BadInput;
            }

            var setup = model.Value.Setup;
            var loaded = LoadScenario(setup, parseResult.GetValue(scenario)!);
            if (!loaded.Success)
            {
                context.Error.WriteLine(loaded.Error);
                return ExitCodes.BadInput;
            }

            using var store = StoreOpener.Open(context, options, parseResult);
            if (store is null)
            {
                return ExitCodes.BadInput;
            }

            var (parsed, file) = loaded.Value;
            var seedValue = parseResult.GetValue(seed);
            var result = setup.Simulate(parsed, count, seedValue);
            var run = ToRun(result, parsed, file, setup, context.Clock.GetCurrentInstant());
            var stored = new StoredSimulation(store.SaveSimulation(run), run);
            var json = SimulationsCommand.ToJson(stored);
            var path = parseResult.GetValue(output);
            if (path is not null)
            {
                var written = Write(path, json);
                if (!written.Success)
                {
                    context.Error.WriteLine(written.Error);
                    return ExitCodes.BadInput;
                }
            }

            var parameters = $"parameters: {SimulationSupport.Describe(setup)}";
            var where = $"Stored as simulation {stored.Id} in {store.Path}" + (path is null ? "." : $"; written to {path}.");
            if (parseResult.GetValue(format) == OutputFormat.Json)
            {
                context.Error.WriteLine(parameters);
                context.Error.WriteLine(where);
                context.Out.WriteLine(json);
            }
            else
            {
                context.Out.WriteLine(parameters);
                SimulationsCommand.WriteTables(context, run);
                context.Out.WriteLine($"{result.Runs} runs, seed {result.Seed}, {result.Seconds:0.00} s. {where}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>What the store keeps of a simulation: the result with the scenario file, the parameter file, the versions and the time.</summary>
    public static SimulationRun ToRun(SimulationResult result, Scenario scenario, ScenarioFile file, ModelSetup setup, NodaTime.Instant createdAt) =>
        new(
            result.Scenario,
            file,
            result.Seed,
            result.Runs,
            scenario.Start,
            scenario.Horizon,
            result.Parameters,
            SimulationSupport.Describe(setup),
            typeof(SimulateCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
            ModelDataVersion(setup.ModelDirectory),
            createdAt,
            result.Seconds,
            result.Series.SelectMany(s => s.Points.Select(p => new SimulationQuantile(s.Name, p.Month, p.P5, p.P25, p.P50, p.P75, p.P95, p.Mean))).ToList(),
            result.Outcomes.Select(o => new SimulationOutcome(o.Name, o.Description, o.Probability)).ToList());

    /// <summary>Reads the scenario file once and parses that text, so the text stored is the text that ran.</summary>
    private static Outcome<(Scenario Scenario, ScenarioFile File)> LoadScenario(ModelSetup setup, string path)
    {
        var full = Path.GetFullPath(path);
        string text;
        try
        {
            text = File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var error = File.Exists(full)
                ? new StraitError(ErrorCodes.Scenario, $"cannot read the scenario file: {e.Message.TrimEnd('.')}", path, "Check the path and its permissions.")
                : setup.Scenarios.Load(full).Error!;
            return Outcome<(Scenario, ScenarioFile)>.Fail(error);
        }

        var parsed = setup.Scenarios.Parse(text, path);
        return parsed.Success
            ? Outcome<(Scenario, ScenarioFile)>.Ok((parsed.Value, ScenarioFile.Of(full, text)))
            : Outcome<(Scenario, ScenarioFile)>.Fail(parsed.Error!);
    }

    /// <summary>The first 16 hex digits of a SHA-256 over the model's data files (names and contents, in name order).</summary>
    private static string? ModelDataVersion(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static Outcome<string> Write(string path, string json) =>
        OutputFile.Write(path, json, "cannot write the result",
            "The run is stored; choose another --out path, or print it again with `strait simulations --id N --format json`.");
}
