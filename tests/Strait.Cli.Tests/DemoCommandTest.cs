using System.Diagnostics;
using Strait.Cli.Commands;
using Strait.Store;
using Strait.Store.Sqlite;

namespace Strait.Cli.Tests;

public sealed class DemoCommandTest : IDisposable
{
    private readonly TempDatabase _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Out => Path.Combine(_folder.Folder, "demo");

    [Fact]
    public void The_demo_builds_the_database_prints_the_years_and_writes_the_report_in_seconds()
    {
        var clock = Stopwatch.StartNew();

        var run = CliRun.Of("demo", "--out", Out);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the demo took {clock.Elapsed}");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("Relations index by year", run.Console, StringComparison.Ordinal);
        Assert.Matches(@"│ 2019 │ -\d", run.Console);
        Assert.Matches(@"│ 2023 │ \+\d", run.Console);
        Assert.Contains("The biggest moves and what drove them", run.Console, StringComparison.Ordinal);
        ReportCommandTest.AssertSelfContained(File.ReadAllText(Path.Combine(Out, DemoCommand.ReportName)));
    }

    [Fact]
    public void The_demo_database_holds_the_almanac_the_series_and_the_samples()
    {
        CliRun.Of("demo", "--out", Out);

        using var store = SqliteStraitStore.Open(Path.Combine(Out, DemoCommand.DatabaseName)).Value;
        var knowledge = store.Knowledge();
        Assert.True(knowledge.Events >= 200, $"{knowledge.Events} almanac events");
        Assert.True(knowledge.Observations > 50, $"{knowledge.Observations} series values");
        Assert.Equal(9, store.Documents().Count);
        Assert.Contains(store.Events(EventQuery.All), e => e.DocumentIds.Count > 0);
    }

    [Fact]
    public void Running_the_demo_again_starts_from_a_fresh_database()
    {
        CliRun.Of("demo", "--out", Out);
        var first = CliRun.Of("index", "--by", "year", "--format", "csv", "--db", Path.Combine(Out, DemoCommand.DatabaseName)).Out;

        var again = CliRun.Of("demo", "--out", Out);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("9 sample articles", again.Console, StringComparison.Ordinal);
        Assert.Equal(first, CliRun.Of("index", "--by", "year", "--format", "csv", "--db", Path.Combine(Out, DemoCommand.DatabaseName)).Out);
    }
}
