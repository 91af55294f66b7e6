using Strait.Core.Time;

namespace Strait.Text.Pipeline;

/// <summary>
/// A time expression found in the text ("August 23–24", "last month", "1910-45"), with the partial date it
/// resolves to. <see cref="When"/> is null for a relative expression in a document whose publication date is
/// unknown: it stays unresolved rather than guessed. <see cref="Reference"/> keeps what the words mean before
/// anchoring (null when a tagger does not say), so a later stage can re-resolve a year-less day or a weekday once
/// it knows whether the event it dates is past or planned.
/// </summary>
public sealed record TimeExpression(TextSpan Span, PartialDate? When, bool IsRelative, Times.TimeReference? Reference = null);
