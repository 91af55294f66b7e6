using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Testing;
using Spectre.Console.Testing;

namespace Strait.Cli.Tests;

/// <summary>Every <c>dotnet run --project src/Strait.Cli -- COMMAND</c> line of README.md names a registered command.</summary>
public sealed partial class ReadmeCommandsTest
{
    public static TheoryData<string> ReadmeCommands()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names())
        {
            data.Add(name);
        }

        return data;
    }

    private static List<string> Names() =>
        RunLine().Matches(File.ReadAllText(Path.Combine(RepositoryFolders.Root, "README.md")))
            .Select(m => m.Groups["command"].Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void The_readme_shows_the_main_commands() =>
        Assert.Superset(
            new HashSet<string>(["demo", "ingest", "docs", "events", "timeline", "load-knowledge", "almanac", "indicators", "index", "report"]),
            new HashSet<string>(Names()));

    [Theory]
    [MemberData(nameof(ReadmeCommands))]
    public void Each_command_in_the_readme_is_registered(string name)
    {
        var root = StraitCommandLine.Build(new CliContext(new TestConsole(), TextWriter.Null, TextWriter.Null, new FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0))));

        Assert.Contains(name, root.Subcommands.Select(c => c.Name));
    }

    [GeneratedRegex(@"dotnet run --project src/Strait\.Cli -- (?<command>[a-z][a-z-]*)")]
    private static partial Regex RunLine();
}
