namespace Strait.Cli.Output;

/// <summary>How a listing command prints its rows.</summary>
public enum OutputFormat
{
    Table,
    Csv,
    Json,
}
