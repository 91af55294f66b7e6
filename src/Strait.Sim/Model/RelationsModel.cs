using Strait.Sim.Agents;
using Strait.Sim.Randomness;
using Strait.Sim.Scenarios;

namespace Strait.Sim.Model;

/// <summary>
/// One run of the model, Mesa style: <c>new RelationsModel(...)</c>, then <see cref="Step"/> once a month
/// until <see cref="Running"/> is false; the <see cref="DataCollector"/> records the reporters after each
/// step. All randomness comes from the seed given here.
/// </summary>
public sealed class RelationsModel
{
    private readonly ModelDefinition _definition;
    private readonly ScenarioInputs _inputs;
    private SimState _state;
    private Xoshiro256 _rng;

    public RelationsModel(ModelDefinition definition, ScenarioInputs inputs, SimState initial, ulong seed, IReadOnlyList<Reporter>? reporters = null)
    {
        _definition = definition;
        _inputs = inputs;
        _state = initial;
        _state.Month = 0;
        _rng = new Xoshiro256(seed);
        Seed = seed;
        DataCollector = new DataCollector(reporters ?? Reporter.Defaults(definition.Mapping));
    }

    public ulong Seed { get; }

    public SimState State => _state;

    public IReadOnlyList<IAgent> Agents => _definition.Agents;

    public DataCollector DataCollector { get; }

    public bool Running => _state.Month < _inputs.Length;

    public void Step()
    {
        if (!Running)
        {
            throw new InvalidOperationException("the run has reached the end of its scenario");
        }

        _definition.Step(ref _state, _inputs, ref _rng);
        DataCollector.Collect(_state);
    }

    /// <summary>Steps to the end of the scenario.</summary>
    public RelationsModel Run()
    {
        while (Running)
        {
            Step();
        }

        return this;
    }
}
