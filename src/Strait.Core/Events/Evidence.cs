namespace Strait.Core.Events;

/// <summary>
/// The words that state an event or figure: a span (start inclusive, end exclusive, in UTF-16 code units)
/// over the unchanged text of one document, and the text of that span.
/// For almanac entries there is no document; <see cref="Source"/> then names the outlet or address.
/// </summary>
public sealed record Evidence(string? DocumentId, int Start, int End, string Text, string? Source = null)
{
    public static Evidence FromSource(string text, string source) => new(null, 0, 0, text, source);
}
