using System.Text.Json;

namespace Strait.Cli.Tests;

/// <summary><c>strait simulations</c>: the stored runs listed, and one run shown whole with <c>--id</c>.</summary>
public sealed class SimulationsCommandTest : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private void Simulate(string scenario, string seed, string runs = "30") =>
        Assert.Equal(0, CliRun.Of("simulate", "--scenario", Path.Combine(RepositoryFolders.Root, "scenarios", scenario),
            "--runs", runs, "--seed", seed, "--db", _db.Path).ExitCode);

    [Fact]
    public void The_list_shows_each_run_oldest_first_with_its_outcome_probabilities()
    {
        Simulate("baseline.yaml", "3");
        Simulate("tariffs-and-ruling.yaml", "4", runs: "20");

        var run = CliRun.Of("simulations", "--format", "json", "--db", _db.Path);

        Assert.Equal(0, run.ExitCode);
        var rows = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal([1, 2], rows.Select(r => r.GetProperty("id").GetInt32()));
        Assert.Equal(["baseline", "tariffs-and-ruling"], rows.Select(r => r.GetProperty("scenario").GetString()));
        Assert.Equal([3, 4], rows.Select(r => r.GetProperty("seed").GetInt32()));
        Assert.Equal([30, 20], rows.Select(r => r.GetProperty("runs").GetInt32()));
        Assert.Equal("2026-11-01T09:00:00Z", rows[0].GetProperty("created").GetString());
        Assert.All(rows, r => Assert.InRange(r.GetProperty("p_crisis").GetDouble(), 0, 1));
    }

    [Fact]
    public void The_table_and_csv_list_name_the_columns()
    {
        Simulate("baseline.yaml", "3");

        var table = CliRun.Of("simulations", "--db", _db.Path);
        var csv = CliRun.Of("simulations", "--format", "csv", "--db", _db.Path);

        Assert.Contains("p_crisis", table.Console, StringComparison.Ordinal);
        Assert.StartsWith("id,scenario,seed,runs,start,months,created,p_crisis,", csv.Out, StringComparison.Ordinal);
        Assert.Contains("\n1,baseline,3,30,2026-02,60,2026-11-01T09:00:00Z,", csv.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_database_lists_no_runs()
    {
        var run = CliRun.Of("simulations", "--format", "json", "--db", _db.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, JsonDocument.Parse(run.Out).RootElement.GetArrayLength());
    }

    [Fact]
    public void One_run_in_csv_gives_every_month_of_every_variable()
    {
        Simulate("baseline.yaml", "3");

        var run = CliRun.Of("simulations", "--id", "1", "--format", "csv", "--db", _db.Path);

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("variable,month,p5,p25,p50,p75,p95,mean", lines[0].TrimEnd('\r'));
        Assert.Equal(60, lines.Count(l => l.StartsWith("relations_index,", StringComparison.Ordinal)));
    }

    [Fact]
    public void One_run_as_a_table_says_what_it_ran_with()
    {
        Simulate("baseline.yaml", "3");

        var run = CliRun.Of("simulations", "--id", "1", "--db", _db.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("simulation 1: baseline", run.Out, StringComparison.Ordinal);
        Assert.Contains("30 runs, seed 3", run.Out, StringComparison.Ordinal);
        Assert.Contains("parameters:", run.Out, StringComparison.Ordinal);
        Assert.Contains("relations_index", run.Console, StringComparison.Ordinal);
        Assert.Contains("crisis", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_id_is_a_clear_error()
    {
        var run = CliRun.Of("simulations", "--id", "7", "--db", _db.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("STR301", run.Error, StringComparison.Ordinal);
        Assert.Contains("no simulation 7", run.Error, StringComparison.Ordinal);
    }
}
