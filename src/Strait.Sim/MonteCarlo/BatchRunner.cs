using NodaTime;
using Strait.Sim.Model;
using Strait.Sim.Parameters;
using Strait.Sim.Scenarios;

namespace Strait.Sim.MonteCarlo;

/// <summary>One flat record of a batch: which run, its seed and parameters, the month and the reporters' values.</summary>
public sealed record BatchRecord(int RunId, ulong Seed, IReadOnlyDictionary<string, double> Parameters, int Step, YearMonth Month, IReadOnlyDictionary<string, double> Values);

/// <summary>
/// Mesa's batch_run: every combination of a parameter grid, each with every seed of an explicit list; each
/// run is a <see cref="RelationsModel"/> whose records carry its seed and the parameters varied.
/// </summary>
public sealed class BatchRunner(ModelSetup setup, Scenario scenario)
{
    public IReadOnlyList<BatchRecord> Run(IReadOnlyDictionary<string, double[]> grid, IReadOnlyList<ulong> seeds, bool everyStep = false)
    {
        var records = new List<BatchRecord>();
        var runId = 0;
        foreach (var combination in Combinations(grid.ToArray(), 0, []))
        {
            var parameters = setup.Parameters.With(combination);
            var prepared = setup.WithParameters(parameters).Prepare(scenario with { Parameters = scenario.Parameters.Concat(combination.Where(c => !scenario.Parameters.ContainsKey(c.Key))).ToDictionary() }, seeds.Count > 0 ? seeds[0] : 0);
            var varied = combination.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
            foreach (var seed in seeds)
            {
                var model = new RelationsModel(prepared.Definition, prepared.Inputs, prepared.Initial, seed).Run();
                var rows = model.DataCollector.Rows;
                var reporters = model.DataCollector.Reporters;
                for (var step = everyStep ? 0 : rows.Count - 1; step < rows.Count; step++)
                {
                    var values = new Dictionary<string, double>(StringComparer.Ordinal);
                    for (var r = 0; r < reporters.Count; r++)
                    {
                        values[reporters[r].Name] = rows[step][r];
                    }

                    records.Add(new BatchRecord(runId, seed, varied, step, prepared.Inputs.Months[step], values));
                }

                runId++;
            }
        }

        return records;
    }

    private static IEnumerable<List<KeyValuePair<string, double>>> Combinations(KeyValuePair<string, double[]>[] grid, int index, List<KeyValuePair<string, double>> chosen)
    {
        if (index == grid.Length)
        {
            yield return [.. chosen];
            yield break;
        }

        foreach (var value in grid[index].Value)
        {
            chosen.Add(new(grid[index].Key, value));
            foreach (var combination in Combinations(grid, index + 1, chosen))
            {
                yield return combination;
            }

            chosen.RemoveAt(chosen.Count - 1);
        }
    }
}
