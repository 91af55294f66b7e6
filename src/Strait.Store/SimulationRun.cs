using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Strait.Store;

/// <summary>
/// One Monte Carlo simulation as stored: what it ran (the scenario file's text, the seed, the number of runs,
/// the months, every parameter value, the parameter file and versions of the code and the model's data), when
/// (from the clock the command was given), and what it found: the quantiles of each variable in each month and
/// the probabilities of the named outcomes. Enough to run it again and to check that it gives the same.
/// </summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="ScenarioFile">The scenario file as it was read.</param>
/// <param name="Start">The first simulated month.</param>
/// <param name="Months">The horizon in months.</param>
/// <param name="Parameters">Every parameter value the runs used, by name.</param>
/// <param name="ParameterFile">Where the parameter values came from (the defaults or the fitted file).</param>
/// <param name="CodeVersion">The version of the code that ran it, when known.</param>
/// <param name="DataVersion">A hash of the model's data files, when known.</param>
/// <param name="Seconds">How long the runs took.</param>
public sealed record SimulationRun(
    string Scenario,
    ScenarioFile ScenarioFile,
    ulong Seed,
    int Runs,
    YearMonth Start,
    int Months,
    IReadOnlyDictionary<string, double> Parameters,
    string ParameterFile,
    string? CodeVersion,
    string? DataVersion,
    Instant CreatedAt,
    double Seconds,
    IReadOnlyList<SimulationQuantile> Quantiles,
    IReadOnlyList<SimulationOutcome> Outcomes)
{
    /// <summary>Why this run cannot be stored (a value a column cannot hold or that makes no sense), or null.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Scenario))
        {
            return "the scenario has no name";
        }

        if (Runs < 1 || Months < 1)
        {
            return $"a simulation needs at least one run and one month, not {Runs} runs of {Months} months";
        }

        if (!double.IsFinite(Seconds) || Parameters.Values.Any(v => !double.IsFinite(v)))
        {
            var name = Parameters.FirstOrDefault(p => !double.IsFinite(p.Value)).Key;
            return name is null ? "the duration is not a finite number" : $"parameter {name} is not a finite number";
        }

        if (Quantiles.FirstOrDefault(q => !q.IsFinite) is { } quantile)
        {
            return $"the quantiles of {quantile.Variable} in {quantile.Month} are not all finite numbers";
        }

        if (Outcomes.FirstOrDefault(o => !(o.Probability >= 0 && o.Probability <= 1)) is { } outcome)
        {
            return $"the probability of {outcome.Name} is {outcome.Probability}, not between 0 and 1";
        }

        return null;
    }
}

/// <summary>The quantiles (5, 25, 50, 75 and 95%) and the mean of one variable in one month over all runs.</summary>
public sealed record SimulationQuantile(string Variable, YearMonth Month, double P5, double P25, double P50, double P75, double P95, double Mean)
{
    public bool IsFinite =>
        double.IsFinite(P5) && double.IsFinite(P25) && double.IsFinite(P50) && double.IsFinite(P75) && double.IsFinite(P95) && double.IsFinite(Mean);
}

/// <summary>The share of runs in which a named outcome happened within the horizon.</summary>
public sealed record SimulationOutcome(string Name, string Description, double Probability);

/// <summary>A scenario file as a simulation read it: its full path, its text and the SHA-256 of that text (UTF-8, lower-case hex).</summary>
public sealed record ScenarioFile(string Path, string Text, string Hash)
{
    public static ScenarioFile Of(string path, string text) =>
        new(path, text, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
}
