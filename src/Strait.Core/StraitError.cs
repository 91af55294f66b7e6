namespace Strait.Core;

/// <summary>
/// A user-facing error: a stable code a user can search for, what was wrong, where, and what to do.
/// The codes are listed in <see cref="ErrorCodes"/> and documented in docs/errors.md.
/// </summary>
public sealed record StraitError(string Code, string Message, string? Where = null, string? Hint = null)
{
    public override string ToString()
    {
        var where = Where is null ? "" : $" ({Where})";
        var hint = Hint is null ? "" : $" {Hint}";
        return $"{Code}{where}: {Message}.{hint}";
    }
}

/// <summary>The catalogue of error codes. Never reuse or renumber a code.</summary>
public static class ErrorCodes
{
    public const string BadDate = "STR101";
    public const string BadActorCode = "STR102";
    public const string BadEnumValue = "STR103";
    public const string KnowledgeFile = "STR110";
    public const string UnreadableFile = "STR201";
    public const string EmptyFile = "STR202";
    public const string BinaryFile = "STR203";
    public const string NotUtf8 = "STR204";
    public const string MalformedFile = "STR205";
    public const string UnsupportedFile = "STR206";
    public const string Database = "STR301";
    public const string Scenario = "STR401";
    public const string Gold = "STR501";
}
