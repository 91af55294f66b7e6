namespace Strait.Core.Events;

/// <summary>Reads and writes the lower-case names FORMAT.md uses for issues and statuses.</summary>
public static class EnumNames
{
    public static string Name(Issue issue) => issue.ToString().ToLowerInvariant();

    public static string Name(EventStatus status) => status.ToString().ToLowerInvariant();

    public static Outcome<T> Parse<T>(string? text)
        where T : struct, Enum =>
        Enum.TryParse<T>(text?.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? Outcome<T>.Ok(value)
            : Outcome<T>.Fail(new StraitError(ErrorCodes.BadEnumValue,
                $"'{text}' is not a {typeof(T).Name}",
                Hint: $"Use one of: {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}."));
}
