using NodaTime;
using Strait.Core.Knowledge;
using Strait.Sim;
using Strait.Sim.Model;
using Strait.Sim.Parameters;
using Strait.Sim.Politics;
using Strait.Sim.Scenarios;

namespace Strait.Sim.Tests;

/// <summary>Helpers: made-up parameters, calendars and inputs, and the repository's model files.</summary>
internal static class TestModel
{
    private static readonly Lazy<ModelSetup> Repository = new(() =>
    {
        var data = DataDirectory.Locate(null, AppContext.BaseDirectory).Value;
        return ModelSetup.Load(data, applyFitted: false).Value;
    });

    /// <summary>The repository's data/model with the default parameters (fitted.yaml not applied).</summary>
    public static ModelSetup Setup => Repository.Value;

    public static string DataDirectoryPath => DataDirectory.Locate(null, AppContext.BaseDirectory).Value;

    public static ParameterReader Reader(params (string Name, double Value)[] values) =>
        new(new ParameterSet(values.Select(v => new ModelParameter(v.Name, v.Value, -1000, 1000, false, "test", null))));

    /// <summary>A made-up calendar: a conservative Korean president from 2020-01, a progressive from 2022-01; the LDP throughout.</summary>
    public static PoliticalCalendar Calendar() => new(
        [
            new Term("KOR", "Conservative A", new LocalDate(2020, 1, 1), new LocalDate(2021, 12, 31), "conservative", "test"),
            new Term("KOR", "Progressive B", new LocalDate(2022, 1, 1), null, "progressive", "test"),
            new Term("JPN", "Premier C", new LocalDate(2019, 1, 1), null, "ldp", "test"),
        ],
        [new Election("KOR", "legislative", new LocalDate(2021, 4, 10), "test")]);

    public static ShockCatalogue Catalogue() => new(
    [
        new ShockKind("ruling", false, null, [(StateVariable.GrievanceKorea, 0.2), (StateVariable.Relations, -5)], [], null, false, "test", null),
        new ShockKind("undo", false, null, [(StateVariable.Relations, -3)], [(StateVariable.DealInForce, 0)], StateVariable.DealInForce, false, "test", null),
        new ShockKind("random_incident", false, null, [(StateVariable.Relations, -1)], [], null, false, "test", null),
        new ShockKind("random_ruling", false, null, [(StateVariable.Relations, -1)], [], null, false, "test", null),
        new ShockKind("tariffs", true, StateVariable.UsTariffs, [], [], null, false, "test", null),
    ]);

    public static Scenario Scenario(YearMonth start, int horizon, IReadOnlyList<ScheduledShock>? shocks = null, IReadOnlyList<VariablePath>? paths = null) =>
        new("test", null, start, horizon, paths ?? [], shocks ?? [], [], new Dictionary<string, double>(), new Dictionary<StateVariable, double>());

    public static ScenarioInputs Inputs(YearMonth start, int horizon, IReadOnlyList<ScheduledShock>? shocks = null, IReadOnlyList<VariablePath>? paths = null, SimState initial = default) =>
        ScenarioInputs.Create(Scenario(start, horizon, shocks, paths), Calendar(), Catalogue(), initial);
}
