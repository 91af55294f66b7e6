using System.Text.Json;

namespace Strait.Cli.Tests;

/// <summary><c>strait simulate</c>: every run stored with its seed and parameters; JSON written to a file only with --out.</summary>
public sealed class SimulateCommandTest : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static string Baseline => Path.Combine(RepositoryFolders.Root, "scenarios", "baseline.yaml");

    private CliRun Simulate(params string[] more) =>
        CliRun.Of(["simulate", "--scenario", Baseline, "--runs", "40", "--db", _db.Path, .. more]);

    private JsonElement Stored(int id)
    {
        var shown = CliRun.Of("simulations", "--id", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", "--db", _db.Path);
        Assert.Equal(0, shown.ExitCode);
        return JsonDocument.Parse(shown.Out).RootElement;
    }

    [Fact]
    public void A_run_is_stored_with_its_seed_parameters_and_scenario_file_and_its_id_is_printed()
    {
        var run = Simulate("--seed", "11");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Stored as simulation 1 in", run.Out, StringComparison.Ordinal);
        var stored = Stored(1);
        Assert.Equal(11UL, stored.GetProperty("seed").GetUInt64());
        Assert.Equal(40, stored.GetProperty("runs").GetInt32());
        Assert.Equal("baseline", stored.GetProperty("scenario").GetString());
        Assert.Equal(Path.GetFullPath(Baseline), stored.GetProperty("scenarioPath").GetString());
        Assert.Equal(60, stored.GetProperty("months").GetInt32());
        Assert.Equal("2026-11-01T09:00:00Z", stored.GetProperty("createdAt").GetString());
        Assert.True(stored.GetProperty("parameters").EnumerateObject().Count() > 10);
        Assert.Contains(stored.GetProperty("outcomes").EnumerateArray(), o => o.GetProperty("name").GetString() == "crisis");
        var index = Assert.Single(stored.GetProperty("series").EnumerateArray(), s => s.GetProperty("name").GetString() == "relations_index");
        Assert.Equal(60, index.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public void The_same_seed_twice_gives_identical_quantiles_and_another_seed_does_not()
    {
        Simulate("--seed", "5");
        Simulate("--seed", "5");
        Simulate("--seed", "6");

        string Quantiles(int id) => Stored(id).GetProperty("series").GetRawText();

        Assert.Equal(Quantiles(1), Quantiles(2));
        Assert.NotEqual(Quantiles(1), Quantiles(3));
        Assert.Equal(Stored(1).GetProperty("outcomes").GetRawText(), Stored(2).GetProperty("outcomes").GetRawText());
    }

    [Fact]
    public void A_broken_scenario_file_is_STR401_and_stores_nothing()
    {
        Simulate("--seed", "1");
        var broken = _db.Write("broken.yaml", "name: broken\nstart: 2026-13\nhorizon: 12\n"u8.ToArray());

        var run = CliRun.Of("simulate", "--scenario", broken, "--runs", "40", "--db", _db.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("STR401", run.Error, StringComparison.Ordinal);
        Assert.Contains("broken.yaml", run.Error, StringComparison.Ordinal);
        var listed = CliRun.Of("simulations", "--format", "csv", "--db", _db.Path);
        Assert.Equal(2, listed.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_missing_scenario_file_is_STR401_and_creates_no_database()
    {
        var run = CliRun.Of("simulate", "--scenario", Path.Combine(_db.Folder, "none.yaml"), "--db", _db.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("STR401", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_db.Path));
    }

    [Fact]
    public void No_file_is_written_without_out_and_out_writes_the_stored_run()
    {
        Simulate("--seed", "2");
        Assert.Equal([Path.GetFileName(_db.Path)], Directory.GetFiles(_db.Folder).Select(Path.GetFileName).Where(f => f!.EndsWith(".db", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(Path.Combine(_db.Folder, "simulations")));

        var output = Path.Combine(_db.Folder, "out", "run.json");
        var run = Simulate("--seed", "2", "--out", output);

        Assert.Equal(0, run.ExitCode);
        var written = JsonDocument.Parse(File.ReadAllText(output)).RootElement;
        Assert.Equal(2, written.GetProperty("id").GetInt32());
        Assert.Equal(Stored(2).GetRawText(), written.GetRawText());
    }

    [Fact]
    public void The_json_format_prints_the_stored_run_and_says_where_on_standard_error()
    {
        var run = Simulate("--seed", "9", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Stored as simulation 1", run.Error, StringComparison.Ordinal);
        Assert.Equal(Stored(1).GetRawText(), JsonDocument.Parse(run.Out).RootElement.GetRawText());
    }

    /// <summary>The simulate and simulations lines of README.md, run in order on one database, so the README does not lie.</summary>
    [Fact]
    public void The_readme_examples_run_in_order()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryFolders.Root, "README.md"))
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("dotnet run --project src/Strait.Cli -- simulat", StringComparison.Ordinal))
            .Select(l => l["dotnet run --project src/Strait.Cli -- ".Length..])
            .ToList();
        Assert.Equal(4, lines.Count);

        foreach (var line in lines)
        {
            var args = line.Split(' ').Select(a => a.StartsWith("scenarios/", StringComparison.Ordinal)
                ? Path.Combine(RepositoryFolders.Root, a)
                : a.EndsWith(".json", StringComparison.Ordinal) ? Path.Combine(_db.Folder, a) : a);
            var run = CliRun.Of([.. args, "--db", _db.Path]);

            Assert.True(run.ExitCode == 0, $"{line}: {run.Error}");
            Assert.NotEqual("", run.Console + run.Out);
        }
    }

    [Fact]
    public void Fewer_than_one_run_is_refused_and_stores_nothing()
    {
        var run = CliRun.Of("simulate", "--scenario", Baseline, "--runs", "0", "--db", _db.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("STR401", run.Error, StringComparison.Ordinal);
        Assert.Contains("--runs must be at least 1", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_db.Path));
    }
}
