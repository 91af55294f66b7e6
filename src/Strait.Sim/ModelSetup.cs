using Strait.Core;
using Strait.Sim.Model;
using Strait.Sim.MonteCarlo;
using Strait.Sim.Parameters;
using Strait.Sim.Politics;
using Strait.Sim.Randomness;
using Strait.Sim.Scenarios;

namespace Strait.Sim;

/// <summary>A scenario ready to run: the model with the scenario's parameters, its monthly inputs and its starting state.</summary>
public sealed record PreparedScenario(Scenario Scenario, ModelDefinition Definition, ScenarioInputs Inputs, SimState Initial);

/// <summary>
/// Everything the simulation knows, loaded from data/model: parameters.yaml (with fitted.yaml applied
/// when present), calendar.yaml (leaders' terms and elections), shocks.yaml (shock kinds) and history.yaml
/// (the historical drivers, a scenario from 2006 on).
/// </summary>
public sealed class ModelSetup
{
    /// <summary>Runs averaged to find the starting state of a scenario that starts after the history begins.</summary>
    public const int SpinUpRuns = 200;

    private ModelSetup(string modelDirectory, ParameterSet parameters, PoliticalCalendar calendar, ShockCatalogue catalogue, Scenario history, ModelDefinition definition)
    {
        ModelDirectory = modelDirectory;
        Parameters = parameters;
        Calendar = calendar;
        Catalogue = catalogue;
        History = history;
        Definition = definition;
    }

    public string ModelDirectory { get; }

    public ParameterSet Parameters { get; }

    public PoliticalCalendar Calendar { get; }

    public ShockCatalogue Catalogue { get; }

    public Scenario History { get; }

    public ModelDefinition Definition { get; }

    /// <summary>The file the parameter values come from: parameters.yaml (the defaults) or fitted.yaml applied on top of it.</summary>
    public string ParameterFile { get; private init; } = "";

    /// <summary>True when fitted.yaml was applied.</summary>
    public bool Fitted => Path.GetFileName(ParameterFile) == "fitted.yaml";

    public ScenarioLoader Scenarios => new(Catalogue, Parameters);

    /// <summary>Loads data/model from a data directory (the folder holding model/).</summary>
    public static Outcome<ModelSetup> Load(string dataDirectory, bool applyFitted = true)
    {
        var directory = Path.Combine(dataDirectory, "model");
        var parameters = ParameterLoader.Load(Path.Combine(directory, "parameters.yaml"));
        if (!parameters.Success)
        {
            return Outcome<ModelSetup>.Fail(parameters.Error!);
        }

        var set = parameters.Value;
        var fitted = Path.Combine(directory, "fitted.yaml");
        if (applyFitted && File.Exists(fitted))
        {
            var applied = ParameterLoader.ApplyFitted(set, fitted);
            if (!applied.Success)
            {
                return Outcome<ModelSetup>.Fail(applied.Error!);
            }

            set = applied.Value;
            var created = Create(directory, set);
            return created.Success ? Outcome<ModelSetup>.Ok(created.Value.From(fitted)) : created;
        }

        return Create(directory, set);
    }

    /// <summary>Builds a setup from a model directory and a parameter set (used when parameters change).</summary>
    public static Outcome<ModelSetup> Create(string modelDirectory, ParameterSet parameters)
    {
        var calendar = CalendarLoader.Load(Path.Combine(modelDirectory, "calendar.yaml"));
        if (!calendar.Success)
        {
            return Outcome<ModelSetup>.Fail(calendar.Error!);
        }

        var catalogue = ShockCatalogue.Load(Path.Combine(modelDirectory, "shocks.yaml"));
        if (!catalogue.Success)
        {
            return Outcome<ModelSetup>.Fail(catalogue.Error!);
        }

        var history = new ScenarioLoader(catalogue.Value, parameters).Load(Path.Combine(modelDirectory, "history.yaml"));
        if (!history.Success)
        {
            return Outcome<ModelSetup>.Fail(history.Error!);
        }

        var definition = ModelDefinition.Create(parameters, catalogue.Value);
        return definition.Success
            ? Outcome<ModelSetup>.Ok(new ModelSetup(modelDirectory, parameters, calendar.Value, catalogue.Value, history.Value, definition.Value) { ParameterFile = Path.Combine(modelDirectory, "parameters.yaml") })
            : Outcome<ModelSetup>.Fail(definition.Error!);
    }

    /// <summary>The same setup with other parameter values (a calibration step, a scenario's overrides).</summary>
    public ModelSetup WithParameters(ParameterSet parameters) =>
        new(ModelDirectory, parameters, Calendar, Catalogue, History, ModelDefinition.Create(parameters, Catalogue).Value) { ParameterFile = ParameterFile };

    private ModelSetup From(string parameterFile) => new(ModelDirectory, Parameters, Calendar, Catalogue, History, Definition) { ParameterFile = parameterFile };

    /// <summary>The historical drivers from their start to <paramref name="lastMonth"/> (inclusive), as inputs.</summary>
    public ScenarioInputs HistoryInputs(NodaTime.YearMonth lastMonth, ModelDefinition? definition = null)
    {
        var horizon = History.IndexOf(lastMonth) + 1;
        var shocks = History.Shocks.Where(s => s.At <= lastMonth).Select(s => s.Until is { } u && u > lastMonth ? s with { Until = lastMonth } : s).ToArray();
        var scenario = History with { Horizon = Math.Max(1, horizon), Shocks = shocks };
        return ScenarioInputs.Create(scenario, Calendar, Catalogue, (definition ?? Definition).Initial);
    }

    /// <summary>Readies a scenario: applies its parameter overrides, finds its starting state and compiles its inputs.</summary>
    public PreparedScenario Prepare(Scenario scenario, ulong seed)
    {
        var definition = scenario.Parameters.Count == 0 ? Definition : ModelDefinition.Create(Parameters.With(scenario.Parameters), Catalogue).Value;
        var initial = StartState(scenario.Start, definition, seed);
        foreach (var (variable, value) in scenario.Initial)
        {
            StateVariables.Set(ref initial, variable, value);
        }

        return new PreparedScenario(scenario, definition, ScenarioInputs.Create(scenario, Calendar, Catalogue, initial), initial);
    }

    /// <summary>
    /// The state a run starting in <paramref name="start"/> begins from: the model's initial state at the start
    /// of the history, or, later, the mean over <see cref="SpinUpRuns"/> runs of the historical drivers up to the
    /// month before (agreements and the pact count as in force if they are in most runs).
    /// </summary>
    public SimState StartState(NodaTime.YearMonth start, ModelDefinition definition, ulong seed) =>
        start <= History.Start ? definition.Initial : MeanStates(HistoryInputs(start.PlusMonths(-1), definition), definition, seed)[^1];

    /// <summary>
    /// The mean state after each month of <paramref name="inputs"/> over <see cref="SpinUpRuns"/> runs (the
    /// starting state of a run that begins the month after): continuous variables averaged, agreements, the
    /// pact, the signing camp and trade measures in force when they are in most runs.
    /// </summary>
    public static SimState[] MeanStates(ScenarioInputs inputs, ModelDefinition definition, ulong seed)
    {
        var means = new SimState[inputs.Length];
        var camps = new double[inputs.Length];
        for (var run = 0; run < SpinUpRuns; run++)
        {
            var rng = Xoshiro256.ForRun(seed ^ 0x5EED5EEDUL, run);
            var state = definition.Initial;
            for (var t = 0; t < inputs.Length; t++)
            {
                definition.Step(ref state, inputs, ref rng);
                ref var mean = ref means[t];
                foreach (var variable in StateVariables.All)
                {
                    StateVariables.Set(ref mean, variable, StateVariables.Get(mean, variable) + (StateVariables.Get(state, variable) / SpinUpRuns));
                }

                camps[t] += state.DealCamp / SpinUpRuns;
            }
        }

        for (var t = 0; t < means.Length; t++)
        {
            ref var mean = ref means[t];
            mean.DealInForce = mean.DealInForce > 0.5 ? 1 : 0;
            mean.PactInForce = mean.PactInForce > 0.5 ? 1 : 0;
            mean.DealCamp = camps[t] > 0.5 ? 1 : 0;
            mean.TradeMeasures = new Pair(mean.TradeMeasures.Korea > 0.5 ? 1 : 0, mean.TradeMeasures.Japan > 0.5 ? 1 : 0);
            mean.LastMove = mean.Move;
            mean.Month = 0;
        }

        return means;
    }

    public SimulationResult Simulate(Scenario scenario, int runs, ulong seed)
    {
        var prepared = Prepare(scenario, seed);
        return MonteCarloRunner.Simulate(scenario.Name, prepared.Definition, prepared.Inputs, prepared.Initial, runs, seed);
    }
}
