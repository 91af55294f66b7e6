using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Strait.Cli.Ingestion;
using Strait.Cli.Output;
using Strait.Core;
using Strait.Store;

namespace Strait.Cli.Commands;

/// <summary>
/// <c>strait simulations [--format table|csv|json]</c>: the simulations stored by <c>strait simulate</c>, oldest
/// first: id, scenario, seed, runs, months, when it ran and the probability of each named outcome (<c>p_crisis</c>
/// ...). <c>strait simulations --id N</c>: one run whole: what it ran with, its quantiles (the table shows every 6th
/// month, csv every month) and outcomes; <c>--format json</c> prints the same object <c>simulate --format json</c> does.
/// </summary>
public static class SimulationsCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliContext context, CommonOptions options)
    {
        var format = CommonOptions.Format();
        var id = new Option<long?>("--id") { Description = "Show one stored simulation whole: its parameters, quantiles and outcomes" };
        var command = new Command("simulations", "List the stored simulations, or show one with --id");
        command.Options.Add(id);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            using var store = StoreOpener.Open(context, options, parseResult);
            if (store is null)
            {
                return ExitCodes.BadInput;
            }

            var chosen = parseResult.GetValue(format);
            if (parseResult.GetValue(id) is not { } wanted)
            {
                WriteList(context, chosen, store.Simulations());
                return ExitCodes.Ok;
            }

            if (store.Simulation(wanted) is not { } stored)
            {
                context.Error.WriteLine(new StraitError(ErrorCodes.Database, $"no simulation {wanted} is stored", store.Path,
                    "List the stored simulations with `strait simulations`."));
                return ExitCodes.BadInput;
            }

            WriteOne(context, chosen, stored);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One stored simulation as a JSON object: what ran, the outcomes, the quantile series of each variable and the parameters.</summary>
    public static string ToJson(StoredSimulation stored)
    {
        var run = stored.Run;
        return JsonSerializer.Serialize(
            new
            {
                id = stored.Id,
                scenario = run.Scenario,
                scenarioPath = run.ScenarioFile.Path,
                scenarioSha256 = run.ScenarioFile.Hash,
                seed = run.Seed,
                runs = run.Runs,
                start = SimulationSupport.Month(run.Start),
                months = run.Months,
                createdAt = NodaTime.Text.InstantPattern.ExtendedIso.Format(run.CreatedAt),
                seconds = run.Seconds,
                parameterFile = run.ParameterFile,
                codeVersion = run.CodeVersion,
                dataVersion = run.DataVersion,
                outcomes = run.Outcomes.Select(o => new { name = o.Name, description = o.Description, probability = o.Probability }),
                series = run.Quantiles.GroupBy(q => q.Variable).Select(g => new
                {
                    name = g.Key,
                    points = g.Select(p => new { month = SimulationSupport.Month(p.Month), p5 = p.P5, p25 = p.P25, p50 = p.P50, p75 = p.P75, p95 = p.P95, mean = p.Mean }),
                }),
                parameters = run.Parameters,
            },
            Indented);
    }

    /// <summary>The quantiles of each variable every 6th month (and the last), then the outcomes, as tables.</summary>
    public static void WriteTables(CliContext context, SimulationRun run)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var series in run.Quantiles.GroupBy(q => q.Variable))
        {
            var points = series.ToList();
            for (var t = 0; t < points.Count; t++)
            {
                if (t % 6 == 0 || t == points.Count - 1)
                {
                    var p = points[t];
                    rows.Add([series.Key, SimulationSupport.Month(p.Month), p.P5, p.P25, p.P50, p.P75, p.P95]);
                }
            }
        }

        RecordWriter.Write(context, OutputFormat.Table, ["variable", "month", "p5", "p25", "p50", "p75", "p95"], rows);
        RecordWriter.Write(context, OutputFormat.Table, ["outcome", "probability", "meaning"],
            run.Outcomes.Select(o => (IReadOnlyList<object?>)[o.Name, o.Probability, o.Description]));
    }

    private static void WriteList(CliContext context, OutputFormat format, IReadOnlyList<SimulationSummary> simulations)
    {
        var outcomes = simulations.SelectMany(s => s.Outcomes.Select(o => o.Name)).Distinct(StringComparer.Ordinal).ToList();
        var rows = simulations.Select(s => (IReadOnlyList<object?>)
        [
            s.Id, s.Scenario, Seed(s.Seed), s.Runs, SimulationSupport.Month(s.Start), s.Months, StoredTime(s.CreatedAt),
            .. outcomes.Select(o => (object?)s.Probability(o)),
        ]);
        RecordWriter.Write(context, format,
            ["id", "scenario", "seed", "runs", "start", "months", "created", .. outcomes.Select(o => $"p_{o}")], rows.ToList());
    }

    private static void WriteOne(CliContext context, OutputFormat format, StoredSimulation stored)
    {
        var run = stored.Run;
        switch (format)
        {
            case OutputFormat.Json:
                context.Out.WriteLine(ToJson(stored));
                break;
            case OutputFormat.Csv:
                RecordWriter.Write(context, OutputFormat.Csv, ["variable", "month", "p5", "p25", "p50", "p75", "p95", "mean"],
                    run.Quantiles.Select(q => (IReadOnlyList<object?>)[q.Variable, SimulationSupport.Month(q.Month), q.P5, q.P25, q.P50, q.P75, q.P95, q.Mean]));
                break;
            default:
                context.Out.WriteLine($"simulation {stored.Id}: {run.Scenario} ({run.ScenarioFile.Path}, sha256 {run.ScenarioFile.Hash[..12]}), " +
                    $"{run.Runs} runs, seed {run.Seed}, {run.Months} months from {SimulationSupport.Month(run.Start)}, created {StoredTime(run.CreatedAt)}");
                context.Out.WriteLine($"parameters: {run.ParameterFile}; code {run.CodeVersion ?? "unknown"}; model data {run.DataVersion ?? "unknown"}");
                WriteTables(context, run);
                break;
        }
    }

    /// <summary>A seed as a number for JSON (a seed beyond a signed 64-bit integer, which JSON readers may not hold, as text).</summary>
    private static object Seed(ulong seed) => seed <= long.MaxValue ? (long)seed : seed;

    /// <summary>When a run was made, to the second (JSON gives it whole).</summary>
    private static string StoredTime(NodaTime.Instant instant) => NodaTime.Text.InstantPattern.General.Format(instant);
}
