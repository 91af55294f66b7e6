using System.Text.Json;

namespace Strait.Cli.Tests;

/// <summary>The event coder's commands as a user runs them: extract, eval and bench, with their JSON shapes.</summary>
public sealed class CodingCommandsTest
{
    private static string Sample(string name) => Path.Combine(RepositoryFolders.Samples, name);

    [Fact]
    public void Extract_prints_the_gold_line_form_with_evidence_that_is_in_the_article()
    {
        var file = Sample("2026-04-chip-materials.txt");

        var run = CliRun.Of("extract", file, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("2026-04-chip-materials.txt", root.GetProperty("doc").GetString());
        Assert.Equal("header", root.GetProperty("published_basis").GetString());
        var text = File.ReadAllText(file);
        var events = root.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            Assert.Contains(e.GetProperty("evidence").GetString()!, text, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(e.GetProperty("type").GetString()));
        }
    }

    [Fact]
    public void Extract_lists_the_trigger_phrases_it_set_aside_and_why()
    {
        var file = Path.Combine(Path.GetTempPath(), "strait-set-aside-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(file, " date 2031-03-12 Made up\nWill Seoul criticize Tokyo over the fisheries talks?\n");
        try
        {
            var table = CliRun.Of("extract", file);
            var json = CliRun.Of("extract", file, "--json");

            Assert.Equal(0, table.ExitCode);
            Assert.Contains("trigger phrases set aside", table.Console, StringComparison.Ordinal);
            Assert.Contains("the sentence is a question", table.Console, StringComparison.Ordinal);
            using var parsed = JsonDocument.Parse(json.Out);
            var setAside = Assert.Single(parsed.RootElement.GetProperty("set_aside").EnumerateArray(), t => t.GetProperty("words").GetString() == "criticize");
            Assert.Equal("question", setAside.GetProperty("reason").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Extract_of_a_missing_file_is_a_clear_error()
    {
        var run = CliRun.Of("extract", Sample("no-such-article.txt"), "--json");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("STR201", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_on_the_seed_articles_prints_one_object_with_every_score()
    {
        var seeds = RepositoryFolders.SharedSeeds;
        var gold = Path.Combine(Path.GetDirectoryName(seeds)!, "eval", "seeds.gold.jsonl");

        var run = CliRun.Of("eval", "--gold", gold, "--docs", seeds, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(5, root.GetProperty("documents").GetInt32());
        Assert.Equal(5, root.GetProperty("published").GetProperty("correct").GetInt32());
        foreach (var score in new[] { "events", "events_lenient", "events_strict", "indicators" })
        {
            var part = root.GetProperty(score);
            foreach (var key in new[] { "gold", "extracted", "matched", "precision", "recall", "f1" })
            {
                Assert.True(part.TryGetProperty(key, out _), $"{score}.{key} is missing");
            }
        }
    }

    [Fact]
    public void Bench_on_a_given_corpus_prints_throughput_and_memory()
    {
        var run = CliRun.Of("bench", "--json", "--runs", "1", "--corpus", RepositoryFolders.Samples);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.True(json.RootElement.GetProperty("articles_per_second_per_core").GetDouble() > 0);
        Assert.True(json.RootElement.GetProperty("mb_per_second_per_core").GetDouble() > 0);
        Assert.True(json.RootElement.GetProperty("peak_memory_mb").GetDouble() > 0);
    }

    [Fact]
    public void Bench_model_prints_the_simulation_workload()
    {
        var run = CliRun.Of("bench", "--model", "--json", "--runs", "1");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(10_000, json.RootElement.GetProperty("runs").GetInt32());
        Assert.Equal(120, json.RootElement.GetProperty("months").GetInt32());
        Assert.True(json.RootElement.GetProperty("seconds").GetDouble() > 0);
    }
}
