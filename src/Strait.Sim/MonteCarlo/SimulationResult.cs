using NodaTime;

namespace Strait.Sim.MonteCarlo;

/// <summary>The quantiles of one reporter in one month.</summary>
public sealed record QuantilePoint(YearMonth Month, double P5, double P25, double P50, double P75, double P95, double Mean);

/// <summary>The quantile series of one reporter: what a fan chart draws.</summary>
public sealed record QuantileSeries(string Name, IReadOnlyList<QuantilePoint> Points);

/// <summary>The share of runs in which a named outcome happened within the horizon.</summary>
public sealed record OutcomeProbability(string Name, string Description, double Probability);

/// <summary>
/// What a Monte Carlo simulation gives: the scenario, seed, runs and parameters it ran with, the quantiles
/// of each reporter over time and the probabilities of the named outcomes.
/// </summary>
public sealed record SimulationResult(
    string Scenario,
    ulong Seed,
    int Runs,
    IReadOnlyDictionary<string, double> Parameters,
    IReadOnlyList<QuantileSeries> Series,
    IReadOnlyList<OutcomeProbability> Outcomes,
    double Seconds)
{
    /// <summary>The quantile series of one reporter (for the report's fan chart), or null if not reported.</summary>
    public QuantileSeries? FanChart(string reporter = "relations_index") => Series.FirstOrDefault(s => s.Name == reporter);
}
