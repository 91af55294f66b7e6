using NodaTime;

namespace Strait.Report;

/// <summary>The simulated relations index in one month: the 5, 25, 50, 75 and 95% quantiles over the runs.</summary>
public sealed record FanMonth(YearMonth Month, double P5, double P25, double P50, double P75, double P95);

/// <summary>
/// What the report's fan chart draws: the quantiles of the relations index month by month from a Monte Carlo
/// simulation (<c>strait simulate</c>), with the scenario, seed and number of runs that produced them.
/// </summary>
public sealed record SimulationFan(string Scenario, ulong Seed, int Runs, IReadOnlyList<FanMonth> Months);
