using Strait.Sim.Model;
using Strait.Sim.Parameters;
using Strait.Sim.Randomness;
using Strait.Sim.Scenarios;

namespace Strait.Sim.Mechanisms;

/// <summary>
/// Mechanism 7, shocks. Scheduled shocks (court rulings, incidents, summits, agreements; from a scenario
/// or the historical drivers) change the state as data/model/shocks.yaml says. Unscheduled ones arrive at
/// random: a maritime or military incident with monthly chance <c>incident_rate</c>, a Korean court ruling
/// on wartime history with chance <c>ruling_rate</c> (using the catalogue's <c>random_incident</c> and
/// <c>random_ruling</c> kinds). Anniversaries raise grievance salience each year: Korea's in March
/// (1 March) and August (15 August) by <c>anniversary_korea</c>, Japan's in February (Takeshima Day) by
/// <c>anniversary_japan</c>.
/// </summary>
public sealed class Shocks
{
    private readonly ShockKind[] _kinds;
    private readonly int _incident;
    private readonly int _ruling;
    private readonly double _incidentRate;
    private readonly double _rulingRate;
    private readonly double _anniversaryKorea;
    private readonly double _anniversaryJapan;

    public Shocks(ParameterReader p, ShockCatalogue catalogue)
    {
        _kinds = catalogue.Kinds.ToArray();
        _incident = catalogue.IndexOf("random_incident");
        _ruling = catalogue.IndexOf("random_ruling");
        _incidentRate = _incident < 0 ? 0 : p["shocks.incident_rate"];
        _rulingRate = _ruling < 0 ? 0 : p["shocks.ruling_rate"];
        _anniversaryKorea = p["shocks.anniversary_korea"];
        _anniversaryJapan = p["shocks.anniversary_japan"];
    }

    public void Apply(ref SimState s, ScenarioInputs inputs, int t, ref Xoshiro256 rng)
    {
        foreach (var index in inputs.Shocks[t])
        {
            Apply(ref s, _kinds[index], inputs, t);
        }

        if (rng.Chance(_incidentRate))
        {
            Apply(ref s, _kinds[_incident], inputs, t);
        }

        if (rng.Chance(_rulingRate))
        {
            Apply(ref s, _kinds[_ruling], inputs, t);
        }

        var month = inputs.Months[t].Month;
        if (month is 3 or 8)
        {
            s.Grievance.Korea = Math.Min(1, s.Grievance.Korea + _anniversaryKorea);
        }
        else if (month == 2)
        {
            s.Grievance.Japan = Math.Min(1, s.Grievance.Japan + _anniversaryJapan);
        }
    }

    /// <summary>Applies one shock of a kind to the state.</summary>
    public static void Apply(ref SimState s, ShockKind kind, ScenarioInputs inputs, int t)
    {
        if (kind.When is { } condition && StateVariables.Get(s, condition) <= 0.5)
        {
            return;
        }

        foreach (var (variable, delta) in kind.Add)
        {
            StateVariables.Add(ref s, variable, delta);
        }

        foreach (var (variable, value) in kind.Sets)
        {
            var before = StateVariables.Get(s, variable);
            StateVariables.Set(ref s, variable, value);
            if (variable == StateVariable.DealInForce && before > 0.5 && value <= 0.5)
            {
                s.DealRevoked = true;
            }
            else if (variable == StateVariable.DealInForce && value > 0.5)
            {
                s.DealCamp = inputs.KoreanProgressive[t] ? 1 : 0;
            }
            else if (variable == StateVariable.PactInForce && before > 0.5 && value <= 0.5)
            {
                s.PactEnded = true;
            }
        }

        if (kind.Summit)
        {
            s.SummitThisMonth = true;
        }
    }
}
