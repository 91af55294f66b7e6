using Strait.Core;
using Strait.Sim.Agents;
using Strait.Sim.Mechanisms;
using Strait.Sim.Parameters;
using Strait.Sim.Randomness;
using Strait.Sim.Scenarios;

namespace Strait.Sim.Model;

/// <summary>
/// The model built from one parameter set: its agents and mechanisms (immutable, shared by every run) and
/// the order of a monthly step. <see cref="RelationsModel"/> runs one of these; the Monte Carlo runner
/// calls <see cref="Step"/> directly on a state struct.
/// </summary>
public sealed class ModelDefinition
{
    private readonly IAgent[] _drivers;
    private readonly Government _korea;
    private readonly Government _japan;
    private readonly IAgent[] _publics;

    private ModelDefinition(ParameterSet parameters, ParameterReader reader, ShockCatalogue catalogue)
    {
        Parameters = parameters;
        Mechanisms = new MechanismSet(reader, catalogue);
        _drivers = [new UnitedStates(reader), new NorthKorea(reader), new China(reader)];
        _korea = new KoreanGovernment(reader, Mechanisms);
        _japan = new JapaneseGovernment(reader, Mechanisms);
        _publics = [new KoreanPublic(reader, Mechanisms), new JapanesePublic(reader, Mechanisms)];
        Mapping = new IndexMapping(reader["mapping.offset"], reader["mapping.scale"]);
        Initial = InitialState(reader);
    }

    public ParameterSet Parameters { get; }

    public MechanismSet Mechanisms { get; }

    public IndexMapping Mapping { get; }

    /// <summary>The state at the start of the historical drivers (parameters group <c>initial</c>).</summary>
    public SimState Initial { get; }

    /// <summary>All agents, in the order they act within a step.</summary>
    public IReadOnlyList<IAgent> Agents => [.. _drivers, _korea, _japan, .. _publics];

    public static Outcome<ModelDefinition> Create(ParameterSet parameters, ShockCatalogue catalogue)
    {
        var reader = new ParameterReader(parameters);
        var definition = new ModelDefinition(parameters, reader, catalogue);
        if (catalogue.IndexOf("random_incident") < 0 || catalogue.IndexOf("random_ruling") < 0)
        {
            return Outcome<ModelDefinition>.Fail(new StraitError(ErrorCodes.KnowledgeFile, "the shock catalogue lacks 'random_incident' or 'random_ruling'", "data/model/shocks.yaml", "Add both kinds."));
        }

        return reader.Missing.Count == 0
            ? Outcome<ModelDefinition>.Ok(definition)
            : Outcome<ModelDefinition>.Fail(new StraitError(ErrorCodes.KnowledgeFile, $"missing model parameters: {string.Join(", ", reader.Missing.Distinct())}", "data/model/parameters.yaml", "Add them with value, min, max, fit and why."));
    }

    /// <summary>
    /// One month: the drivers move; shocks arrive; a new government gets its honeymoon and may revoke its
    /// predecessor's agreement; both governments choose their moves; relations respond (summits, trade
    /// measures, the pact); the publics update grievance, approval and views; paths pin what they hold.
    /// </summary>
    public void Step(ref SimState s, ScenarioInputs inputs, ref Xoshiro256 rng)
    {
        var t = s.Month;
        var m = Mechanisms;
        s.SummitThisMonth = false;
        s.NationalistMoveThisMonth = default;
        foreach (var driver in _drivers)
        {
            driver.Step(ref s, inputs, t, ref rng);
        }

        m.Shocks.Apply(ref s, inputs, t, ref rng);
        m.Camp.Apply(ref s, inputs, t);
        m.Revocation.Apply(ref s, inputs, t, ref rng);
        _korea.Step(ref s, inputs, t, ref rng);
        _japan.Step(ref s, inputs, t, ref rng);
        m.Climate.Apply(ref s, ref rng);
        m.Interdependence.Apply(ref s, ref rng);
        m.QuasiAlliance.Apply(ref s, ref rng);
        foreach (var agent in _publics)
        {
            agent.Step(ref s, inputs, t, ref rng);
        }

        var pins = inputs.Pins;
        for (var v = 0; v < pins.Length; v++)
        {
            var pin = pins[v];
            if (pin is not null && !double.IsNaN(pin[t]))
            {
                StateVariables.Set(ref s, (StateVariable)v, pin[t]);
            }
        }

        if (s.Relations < m.Climate.CrisisThreshold)
        {
            s.EverBelowCrisis = true;
        }

        s.EverSummit |= s.SummitThisMonth;
        s.LastMove = s.Move;
        s.Month = t + 1;
    }

    private static SimState InitialState(ParameterReader p) => new()
    {
        Relations = p["initial.relations"],
        View = new Pair(p["initial.korean_view_of_japan"], p["initial.japanese_view_of_korea"]),
        Approval = new Pair(p["initial.korean_president_approval"], p["initial.japanese_pm_approval"]),
        Grievance = new Pair(p["initial.grievance_korea"], p["initial.grievance_japan"]),
        UsCommitment = p["initial.us_commitment"],
        NorthKoreanThreat = p["initial.north_korean_threat"],
        ChineseCoercion = p["initial.chinese_coercion"],
        Interdependence = p["initial.interdependence"],
    };
}
