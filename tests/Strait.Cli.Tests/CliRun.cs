using NodaTime;
using NodaTime.Testing;
using Spectre.Console.Testing;

namespace Strait.Cli.Tests;

/// <summary>Runs the <c>strait</c> command line in-process with a test console, string writers and a fake clock.</summary>
internal sealed record CliRun(int ExitCode, string Console, string Out, string Error)
{
    public static CliRun Of(params string[] args) => Of(interactive: false, args);

    public static CliRun Of(bool interactive, params string[] args)
    {
        var console = new TestConsole();
        if (interactive)
        {
            console.Interactive();
        }

        console.Profile.Width = 240;
        var output = new StringWriter();
        var error = new StringWriter();
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 1, 9, 0));
        var exit = StraitCommandLine.Build(new CliContext(console, output, error, clock)).Parse(args).Invoke();
        return new CliRun(exit, console.Output, output.ToString(), error.ToString());
    }
}
