using System.Diagnostics;
using NodaTime;
using Strait.Core;
using Strait.Sim.Model;
using Strait.Sim.MonteCarlo;
using Strait.Sim.Scenarios;

namespace Strait.Sim;

/// <summary>What the model benchmark measured: the workload and the wall-clock seconds it took.</summary>
public sealed record ModelBenchmarkResult(int Runs, int Months, double Seconds);

/// <summary>
/// The speed benchmark of the model (for <c>strait bench --model</c>): a Monte Carlo of <c>runs</c> runs of
/// <c>months</c> months from the history's end, all default reporters into quantile accumulators, timed
/// from the scenario's preparation (including the spin-up) to the finished quantiles. A small untimed
/// warm-up run first lets the JIT compile the step, so the figure is the steady-state cost.
/// </summary>
public static class ModelBenchmark
{
    public const int DefaultRuns = 10_000;
    public const int DefaultMonths = 120;

    public static Outcome<ModelBenchmarkResult> Run(string dataDirectory, int runs = DefaultRuns, int months = DefaultMonths, ulong seed = 1)
    {
        var setup = ModelSetup.Load(dataDirectory);
        return setup.Success ? Outcome<ModelBenchmarkResult>.Ok(Run(setup.Value, runs, months, seed)) : Outcome<ModelBenchmarkResult>.Fail(setup.Error!);
    }

    public static ModelBenchmarkResult Run(ModelSetup setup, int runs = DefaultRuns, int months = DefaultMonths, ulong seed = 1)
    {
        var start = setup.History.End.PlusMonths(1);
        var scenario = new Scenario("benchmark", null, start, months, [], [], [], new Dictionary<string, double>(), new Dictionary<StateVariable, double>());
        setup.Simulate(scenario with { Horizon = Math.Min(months, 12) }, Math.Min(runs, 200), seed);
        var clock = Stopwatch.StartNew();
        var result = setup.Simulate(scenario, runs, seed);
        clock.Stop();
        GC.KeepAlive(result);
        return new ModelBenchmarkResult(runs, months, clock.Elapsed.TotalSeconds);
    }
}
