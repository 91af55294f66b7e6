namespace Strait.Core;

/// <summary>
/// The result of an operation that may fail in normal use (parsing news text, reading a file).
/// Failure carries a <see cref="StraitError"/> instead of throwing, in the spirit of NodaTime's ParseResult.
/// </summary>
public sealed class Outcome<T>
{
    private readonly T? _value;

    private Outcome(T? value, StraitError? error)
    {
        _value = value;
        Error = error;
    }

    public StraitError? Error { get; }

    public bool Success => Error is null;

    public T Value => Success ? _value! : throw new InvalidOperationException(Error!.ToString());

    public static Outcome<T> Ok(T value) => new(value, null);

    public static Outcome<T> Fail(StraitError error) => new(default, error);

    public T GetValueOrDefault(T fallback) => Success ? _value! : fallback;
}
