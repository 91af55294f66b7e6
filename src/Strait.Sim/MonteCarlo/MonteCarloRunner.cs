using System.Diagnostics;
using Strait.Sim.Model;
using Strait.Sim.Randomness;
using Strait.Sim.Scenarios;

namespace Strait.Sim.MonteCarlo;

/// <summary>Counts of the named outcomes over runs.</summary>
public sealed class OutcomeCounts
{
    public long Runs { get; set; }

    public long Crisis { get; set; }

    public long Summit { get; set; }

    public long PactEnded { get; set; }

    public long DealRevoked { get; set; }

    public long TradeMeasures { get; set; }

    public void Add(in SimState s)
    {
        Runs++;
        Crisis += s.EverBelowCrisis ? 1 : 0;
        Summit += s.EverSummit ? 1 : 0;
        PactEnded += s.PactEnded ? 1 : 0;
        DealRevoked += s.DealRevoked ? 1 : 0;
        TradeMeasures += s.EverTradeMeasures ? 1 : 0;
    }

    public void Merge(OutcomeCounts other)
    {
        Runs += other.Runs;
        Crisis += other.Crisis;
        Summit += other.Summit;
        PactEnded += other.PactEnded;
        DealRevoked += other.DealRevoked;
        TradeMeasures += other.TradeMeasures;
    }
}

/// <summary>
/// Runs many independent runs of one model over one scenario in parallel. Run <c>i</c> draws from
/// <see cref="Xoshiro256.ForRun"/>(seed, i) and runs are split into fixed blocks per worker whose
/// accumulators are merged in block order, so the result depends on the seed alone, not on threads.
/// </summary>
public static class MonteCarloRunner
{
    public static (QuantileAccumulator Accumulator, OutcomeCounts Outcomes) Run(
        ModelDefinition definition, ScenarioInputs inputs, SimState initial, int runs, ulong seed, IReadOnlyList<Reporter> reporters, int bins = 400, int? workers = null)
    {
        var blocks = Math.Max(1, Math.Min(runs, workers ?? Environment.ProcessorCount));
        var accumulators = new QuantileAccumulator[blocks];
        var outcomes = new OutcomeCounts[blocks];
        Parallel.For(0, blocks, block =>
        {
            var accumulator = new QuantileAccumulator(reporters, inputs.Length, bins);
            var counts = new OutcomeCounts();
            var first = (int)((long)runs * block / blocks);
            var last = (int)((long)runs * (block + 1) / blocks);
            for (var run = first; run < last; run++)
            {
                var rng = Xoshiro256.ForRun(seed, run);
                var state = initial;
                state.Month = 0;
                for (var t = 0; t < inputs.Length; t++)
                {
                    definition.Step(ref state, inputs, ref rng);
                    accumulator.Add(t, state);
                }

                counts.Add(state);
            }

            accumulators[block] = accumulator;
            outcomes[block] = counts;
        });

        for (var b = 1; b < blocks; b++)
        {
            accumulators[0].Merge(accumulators[b]);
            outcomes[0].Merge(outcomes[b]);
        }

        return (accumulators[0], outcomes[0]);
    }

    /// <summary>A full simulation: quantiles of the reporters each month and the outcome probabilities.</summary>
    public static SimulationResult Simulate(string scenario, ModelDefinition definition, ScenarioInputs inputs, SimState initial, int runs, ulong seed, IReadOnlyList<Reporter>? reporters = null)
    {
        var clock = Stopwatch.StartNew();
        reporters ??= Reporter.Defaults(definition.Mapping);
        var (accumulator, counts) = Run(definition, inputs, initial, runs, seed, reporters);
        var series = new List<QuantileSeries>();
        for (var r = 0; r < reporters.Count; r++)
        {
            var points = new QuantilePoint[inputs.Length];
            for (var t = 0; t < inputs.Length; t++)
            {
                points[t] = new QuantilePoint(inputs.Months[t], accumulator.Quantile(r, t, 0.05), accumulator.Quantile(r, t, 0.25),
                    accumulator.Quantile(r, t, 0.5), accumulator.Quantile(r, t, 0.75), accumulator.Quantile(r, t, 0.95), accumulator.Mean(r, t));
            }

            series.Add(new QuantileSeries(reporters[r].Name, points));
        }

        double Share(long count) => counts.Runs == 0 ? 0 : (double)count / counts.Runs;
        var threshold = definition.Mapping.ToIndex(definition.Mechanisms.Climate.CrisisThreshold);
        var outcomes = new List<OutcomeProbability>
        {
            new("crisis", $"the index falls below its crisis threshold ({threshold:0.#}) at some month", Share(counts.Crisis)),
            new("summit", "a leaders' summit takes place", Share(counts.Summit)),
            new("pact_ended", "the intelligence-sharing pact (GSOMIA) is ended", Share(counts.PactEnded)),
            new("agreement_revoked", "a history agreement is revoked", Share(counts.DealRevoked)),
            new("trade_measures", "either side has trade measures in force", Share(counts.TradeMeasures)),
        };
        return new SimulationResult(scenario, seed, runs, definition.Parameters.Values(), series, outcomes, clock.Elapsed.TotalSeconds);
    }
}
