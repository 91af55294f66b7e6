using NodaTime;

namespace Strait.Store.Tests;

/// <summary>The contract for simulation runs: each stored whole with its seed, parameters, quantiles and outcomes.</summary>
public abstract partial class StoreContract
{
    private static readonly Instant Noon = Instant.FromUtc(2031, 5, 6, 12, 0);

    [Fact]
    public void A_fresh_store_holds_no_simulations()
    {
        var store = Open();

        Assert.Empty(store.Simulations());
        Assert.Null(store.Simulation(1));
    }

    [Fact]
    public void A_simulation_comes_back_as_it_went_in()
    {
        var store = Open();
        var run = Simulation("made-up-calm", seed: ulong.MaxValue, crisis: 0.125);

        var id = store.SaveSimulation(run);

        var stored = store.Simulation(id)!;
        Assert.Equal(id, stored.Id);
        AssertSame(run, stored.Run);
    }

    [Fact]
    public void Many_simulations_are_listed_oldest_first_each_with_its_own_outcomes()
    {
        var store = Open();
        var first = store.SaveSimulation(Simulation("made-up-calm", seed: 1, crisis: 0.1));
        var second = store.SaveSimulation(Simulation("made-up-storm", seed: 2, crisis: 0.7) with { CreatedAt = Noon.Plus(Duration.FromHours(1)) });
        var third = store.SaveSimulation(Simulation("made-up-calm", seed: 1, crisis: 0.1, runs: 40));

        var listed = store.Simulations();

        Assert.Equal([first, second, third], listed.Select(s => s.Id));
        Assert.Equal(["made-up-calm", "made-up-storm", "made-up-calm"], listed.Select(s => s.Scenario));
        Assert.Equal([1UL, 2UL, 1UL], listed.Select(s => s.Seed));
        Assert.Equal([20, 20, 40], listed.Select(s => s.Runs));
        Assert.Equal([0.1, 0.7, 0.1], listed.Select(s => s.Probability("crisis")));
        Assert.Equal(Noon.Plus(Duration.FromHours(1)), listed[1].CreatedAt);
        Assert.Null(listed[0].Probability("no-such-outcome"));
        Assert.Equal(0.7, store.Simulation(second)!.Run.Outcomes[0].Probability);
        Assert.Equal(6, store.Simulation(third)!.Run.Quantiles.Count);
    }

    [Fact]
    public void A_summary_names_the_scenario_files_hash_so_runs_of_the_same_file_can_be_found()
    {
        var store = Open();
        store.SaveSimulation(Simulation("made-up-calm", seed: 1, crisis: 0.1));
        store.SaveSimulation(Simulation("made-up-calm", seed: 2, crisis: 0.1) with
        {
            ScenarioFile = ScenarioFile.Of("/made-up/calm.yaml", "name: made-up-calm\nstart: 2031-01\nhorizon: 36\n"),
        });

        var hashes = store.Simulations().Select(s => s.ScenarioHash).ToList();

        Assert.Equal(2, hashes.Distinct().Count());
        Assert.All(hashes, h => Assert.Matches("^[0-9a-f]{64}$", h));
    }

    [Fact]
    public void A_failure_half_way_through_saving_a_simulation_stores_none_of_it()
    {
        var store = Open();
        var run = Simulation("made-up-calm", seed: 3, crisis: 0.2);

        // The run and its quantiles are written, then the repeated outcome breaks a unique key.
        var repeated = run with { Outcomes = [.. run.Outcomes, run.Outcomes[0]] };
        Assert.ThrowsAny<Exception>(() => store.SaveSimulation(repeated));

        Assert.Empty(store.Simulations());
        var id = store.SaveSimulation(run);
        Assert.Single(store.Simulations());
        Assert.Equal(6, store.Simulation(id)!.Run.Quantiles.Count);
    }

    [Fact]
    public void A_repeated_month_of_a_variable_stores_nothing()
    {
        var store = Open();
        var run = Simulation("made-up-calm", seed: 3, crisis: 0.2);

        Assert.ThrowsAny<Exception>(() => store.SaveSimulation(run with { Quantiles = [.. run.Quantiles, run.Quantiles[^1]] }));

        Assert.Empty(store.Simulations());
    }

    [Theory]
    [InlineData("probability", "between 0 and 1")]
    [InlineData("quantile", "not all finite")]
    [InlineData("parameter", "not a finite number")]
    [InlineData("runs", "at least one run")]
    public void A_simulation_with_an_impossible_value_is_refused(string broken, string expected)
    {
        var store = Open();
        var run = Simulation("made-up-calm", seed: 4, crisis: 0.2);
        run = broken switch
        {
            "probability" => run with { Outcomes = [new SimulationOutcome("crisis", "made up", 1.5)] },
            "quantile" => run with { Quantiles = [run.Quantiles[0] with { P95 = double.NaN }] },
            "parameter" => run with { Parameters = new Dictionary<string, double> { ["made_up_gain"] = double.PositiveInfinity } },
            _ => run with { Runs = 0 },
        };

        var refused = Assert.Throws<ArgumentException>(() => store.SaveSimulation(run));

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
        Assert.Empty(store.Simulations());
    }

    [Fact]
    public void Simulations_are_there_after_reopening()
    {
        var run = Simulation("made-up-calm", seed: 5, crisis: 0.3);
        long id;
        using (var first = OpenStore())
        {
            id = first.SaveSimulation(run);
        }

        var store = Open();

        AssertSame(run, store.Simulation(id)!.Run);
    }

    [Fact]
    public void Storing_a_simulation_leaves_the_documents_and_knowledge_alone()
    {
        var store = Open();
        store.AddDocument(Summit);

        store.SaveSimulation(Simulation("made-up-calm", seed: 6, crisis: 0.3));

        Assert.Single(store.Documents());
        Assert.True(store.Knowledge().IsEmpty);
    }

    /// <summary>A made-up run: two variables over three months, two outcomes, parameters whose digits must survive.</summary>
    private static SimulationRun Simulation(string scenario, ulong seed, double crisis, int runs = 20)
    {
        var start = new YearMonth(2031, 1);
        var quantiles = new List<SimulationQuantile>();
        foreach (var (variable, level) in new[] { ("made_up_index", -1.0), ("made_up_approval", 35.0) })
        {
            for (var t = 0; t < 3; t++)
            {
                var m = level + t + (seed % 7);
                quantiles.Add(new SimulationQuantile(variable, start.PlusMonths(t), m - 2.5, m - 1.0 / 3, m, m + 0.1 + 0.2, m + 2.5, m + 1e-12));
            }
        }

        return new SimulationRun(
            scenario,
            ScenarioFile.Of($"/made-up/{scenario}.yaml", $"name: {scenario}\nstart: 2031-01\nhorizon: 3\n"),
            seed,
            runs,
            start,
            3,
            new Dictionary<string, double> { ["made_up_gain"] = 0.1 + 0.2, ["made_up_lag"] = 3, ["made_up_tiny"] = 1.0 / 3e9 },
            "made-up/parameters.yaml (defaults)",
            "1.0.0+made-up",
            "0123456789abcdef",
            Noon,
            0.25,
            quantiles,
            [new SimulationOutcome("crisis", "the made-up index below its threshold", crisis), new SimulationOutcome("summit", "a made-up summit", 0.5)]);
    }

    private static void AssertSame(SimulationRun expected, SimulationRun actual)
    {
        Assert.Equal(expected with { Parameters = null!, Quantiles = null!, Outcomes = null! },
            actual with { Parameters = null!, Quantiles = null!, Outcomes = null! });
        Assert.Equal(expected.Parameters.OrderBy(p => p.Key), actual.Parameters.OrderBy(p => p.Key));
        Assert.Equal(expected.Quantiles, actual.Quantiles);
        Assert.Equal(expected.Outcomes, actual.Outcomes);
    }
}
