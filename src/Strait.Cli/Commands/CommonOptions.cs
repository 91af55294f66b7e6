using System.CommandLine;
using Strait.Cli.Output;

namespace Strait.Cli.Commands;

/// <summary>Options shared by several commands. <c>--db</c> is recursive: every command takes it.</summary>
public sealed class CommonOptions
{
    public Option<string> Database { get; } = new("--db")
    {
        Description = "The SQLite database file (created on first use)",
        DefaultValueFactory = _ => "strait.db",
        Recursive = true,
    };

    /// <summary>A new <c>--format</c> option (an option object can belong to one command only).</summary>
    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output format: table, csv or json (one JSON array of objects)",
        DefaultValueFactory = _ => OutputFormat.Table,
    };
}
