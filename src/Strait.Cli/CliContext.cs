using NodaTime;
using Spectre.Console;

namespace Strait.Cli;

/// <summary>
/// What every command is given instead of reaching for globals: the console for tables and progress,
/// plain writers for machine-readable output (csv, json) and errors, and the clock.
/// </summary>
public sealed record CliContext(IAnsiConsole Console, TextWriter Out, TextWriter Error, IClock Clock);
