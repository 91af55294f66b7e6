using NodaTime;

namespace Strait.Store;

/// <summary>A simulation as stored: its row id and the run with its quantiles and outcomes.</summary>
public sealed record StoredSimulation(long Id, SimulationRun Run);

/// <summary>A stored simulation without its quantiles, for listing: what ran, when, and the outcomes' probabilities.</summary>
public sealed record SimulationSummary(
    long Id,
    string Scenario,
    string ScenarioHash,
    ulong Seed,
    int Runs,
    YearMonth Start,
    int Months,
    Instant CreatedAt,
    IReadOnlyList<SimulationOutcome> Outcomes)
{
    /// <summary>The probability of the named outcome, or null when this run did not report it.</summary>
    public double? Probability(string outcome) => Outcomes.FirstOrDefault(o => o.Name == outcome)?.Probability;
}
