using System.Text.RegularExpressions;

namespace Strait.Cli.Tests;

public sealed partial class ReportCommandTest : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private string ReportPath => Path.Combine(_db.Folder, "out", "report.html");

    [Fact]
    public void The_report_is_written_as_one_self_contained_file()
    {
        CliRun.Of("load-knowledge", "--db", _db.Path);

        var run = CliRun.Of("report", "--out", ReportPath, "--db", _db.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("Wrote", run.Out, StringComparison.Ordinal);
        var html = File.ReadAllText(ReportPath);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        AssertSelfContained(html);
    }

    [Fact]
    public void Without_a_database_file_the_report_uses_the_built_in_files_and_says_so()
    {
        var run = CliRun.Of("report", "--out", ReportPath, "--db", Path.Combine(_db.Folder, "none.db"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no database", run.Error, StringComparison.Ordinal);
        AssertSelfContained(File.ReadAllText(ReportPath));
    }

    [Fact]
    public void A_scenario_adds_the_simulated_outlook_with_its_seed_and_runs()
    {
        var scenario = Path.Combine(RepositoryFolders.Root, "scenarios", "baseline.yaml");

        var run = CliRun.Of("report", "--out", ReportPath, "--db", Path.Combine(_db.Folder, "none.db"), "--scenario", scenario, "--runs", "200", "--seed", "7");

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(ReportPath);
        Assert.Contains("Simulated outlook", html, StringComparison.Ordinal);
        Assert.Contains("200 runs", html, StringComparison.Ordinal);
        Assert.Contains("seed 7", html, StringComparison.Ordinal);
        AssertSelfContained(html);
    }

    [Fact]
    public void A_broken_scenario_is_a_clear_error_and_writes_nothing()
    {
        var scenario = Path.Combine(_db.Folder, "broken.yaml");
        File.WriteAllText(scenario, "name: broken\nstart: not-a-month\n");

        var run = CliRun.Of("report", "--out", ReportPath, "--db", Path.Combine(_db.Folder, "none.db"), "--scenario", scenario);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("STR401", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(ReportPath));
    }

    [Fact]
    public void The_out_option_is_required()
    {
        var run = CliRun.Of("report", "--db", _db.Path);

        Assert.NotEqual(0, run.ExitCode);
        Assert.False(File.Exists(_db.Path));
    }

    [Fact]
    public void An_unwritable_path_is_a_clear_error()
    {
        var run = CliRun.Of("report", "--out", _db.Folder, "--db", Path.Combine(_db.Folder, "none.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Cannot write the report", run.Error, StringComparison.Ordinal);
    }

    /// <summary>No script, and no address the browser would fetch: addresses appear only as escaped text (and as SVG namespace names).</summary>
    internal static void AssertSelfContained(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(FetchedAddress(), html);
        Assert.DoesNotMatch(@"(?i)<[^>]*\son[a-z]+\s*=", html);
    }

    [GeneratedRegex(@"(?i)(\b(src|href|xlink:href|action|poster|data)\s*=\s*[""']?\s*(https?:)?//)|url\(\s*[""']?\s*(https?:)?//")]
    private static partial Regex FetchedAddress();
}
