using NodaTime;
using Strait.Sim.Model;

namespace Strait.Sim.Scenarios;

/// <summary>A target of an exogenous path: the variable reaches <paramref name="Value"/> by <paramref name="By"/>.</summary>
public sealed record PathPoint(double Value, YearMonth By);

/// <summary>A piecewise-linear path a state variable is held to, from its value at the start through each point.</summary>
public sealed record VariablePath(StateVariable Variable, IReadOnlyList<PathPoint> Points);

/// <summary>A scheduled shock: an event in month <paramref name="At"/>, or a level held from <paramref name="At"/> (until <paramref name="Until"/>).</summary>
public sealed record ScheduledShock(string Kind, YearMonth At, YearMonth? Until, double Value, string? Source);

/// <summary>A change of the camp in power from a month on (beyond the known terms).</summary>
/// <param name="Country">KOR or JPN.</param>
/// <param name="Camp">KOR: progressive or conservative; JPN: ldp or other.</param>
public sealed record GovernmentChange(string Country, string Camp, YearMonth From);

/// <summary>
/// A scenario: where a simulation starts, for how many months, which variables follow given paths, which
/// shocks are scheduled, who governs beyond the known terms, and which parameters differ from the defaults.
/// Format and examples: scenarios/README.md.
/// </summary>
public sealed record Scenario(
    string Name,
    string? Description,
    YearMonth Start,
    int Horizon,
    IReadOnlyList<VariablePath> Paths,
    IReadOnlyList<ScheduledShock> Shocks,
    IReadOnlyList<GovernmentChange> Governments,
    IReadOnlyDictionary<string, double> Parameters,
    IReadOnlyDictionary<StateVariable, double> Initial)
{
    public YearMonth MonthAt(int index) => Start.PlusMonths(index);

    /// <summary>The month index of a month within this scenario (may be negative or beyond the horizon).</summary>
    public int IndexOf(YearMonth month) => ((month.Year - Start.Year) * 12) + (month.Month - Start.Month);

    public YearMonth End => Start.PlusMonths(Horizon - 1);
}
