using Spectre.Console;
using Strait.Cli;

var context = new CliContext(AnsiConsole.Console, Console.Out, Console.Error, NodaTime.SystemClock.Instance);
return StraitCommandLine.Build(context).Parse(args).Invoke();
