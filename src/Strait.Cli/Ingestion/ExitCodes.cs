namespace Strait.Cli.Ingestion;

/// <summary>The exit codes of the storage commands (README "Exit codes").</summary>
public static class ExitCodes
{
    /// <summary>Everything was read and done.</summary>
    public const int Ok = 0;

    /// <summary>Bad input: an option, the database, or the knowledge files; nothing was done.</summary>
    public const int BadInput = 1;

    /// <summary>The run finished but some files or items could not be read; they are listed.</summary>
    public const int SomeFailed = 2;
}
