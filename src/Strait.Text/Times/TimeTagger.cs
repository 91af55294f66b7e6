using Strait.Core.Time;
using Strait.Text.Pipeline;
using Strait.Text.Segmentation;

namespace Strait.Text.Times;

/// <summary>
/// Finds the time expressions of each sentence (<see cref="TimeExpressionFinder"/>) and resolves them against the
/// document's publication date (<see cref="TimeResolver"/>). Absolute expressions always resolve; relative ones
/// stay null when the publication date is unknown. A weekday is the latest such day on or before the publication
/// date, unless a future marker ("will", "is to", "scheduled") comes before it in the sentence, then the first
/// on or after it; an event coder may re-resolve with <see cref="TimeResolver.ResolveWeekday"/>. A year-less month
/// ("in March") is the latest such month not after the publication month. A year-less day ("on August 12") is the
/// latest such day up to <see cref="TimeResolver.PastSlackDays"/> after publication, or, after a future marker, the
/// nearest one. Each span's label is the rule's kind
/// ("date", "range", "decade", "year", "since", "day", "month", "weekday", "relative", "ago", "anaphoric").
/// An anaphoric expression ("the next day", "that same month", "two days later") is counted from the latest date
/// named before it in the text that is precise enough for its unit (<see cref="AnaphoricAnchor"/>); it stays null
/// when there is none. A year-less day or month that continues a retelling ("on July 1, 2029 ... A month later, on Aug. 2")
/// takes the story's year, not the publication's (<see cref="NarrativeYear"/>); one followed by "of that year" takes the
/// year the text named last, as does a month after "that" ("answered that July").
/// Run it after the sentence splitter and after <see cref="Dating.PublicationDateInference"/>.
/// </summary>
public sealed class TimeTagger(TimeExpressionFinder finder) : IPipelineComponent
{
    public string Name => "times";

    public IReadOnlyList<string> Assigns { get; } = ["times"];

    public void Process(TextDocument document)
    {
        document.Times.Clear();
        var named = new List<PartialDate>();
        var story = new NarrativeYear(document.Published);
        var bySentence = finder.FindBySentence(document);
        for (var sentence = 0; sentence < bySentence.Count; sentence++)
        {
            var times = bySentence[sentence];
            for (var t = 0; t < times.Count; t++)
            {
                var time = times[t];
                if (time.Reference is AnaphoricTime && t + 1 < times.Count && IsApposed(document.Text, time, times[t + 1]))
                {
                    // "the next day, July 1": the date in apposition says which day; the counted one is not needed.
                    document.Times.Add(new TimeExpression(time.Span, null, time.Reference.IsRelative, time.Reference));
                    continue;
                }

                var reference = time.Reference is AnaphoricTime || OpensRange(document.Text, time, t + 1 < times.Count ? times[t + 1] : null) ? time.Reference
                    : InNamedYear(document, time, t + 1 < times.Count ? times[t + 1] : null, named) ?? ThatMonth(document, time, named) ??
                      story.Read(time.Reference, TimeResolver.Resolve(time.Reference, document.Published), sentence, IsStoryYear(document.Text, time));
                var when = reference is AnaphoricTime anaphoric
                    ? AnaphoricAnchor.Resolve(anaphoric, named)
                    : TimeResolver.Resolve(reference, document.Published);
                if (when is not null)
                {
                    named.Add(when);
                }

                document.Times.Add(new TimeExpression(time.Span, when, reference.IsRelative, reference));
            }
        }
    }

    /// <summary>
    /// Whether the time is a year the story moves to: one opening its sentence ("In 2030, ...", "2030 began with ...")
    /// or after "came" ("Then came 2030."); not one inside a clause ("the 2030 accord", "a system deployed in 2030,").
    /// </summary>
    private static bool IsStoryYear(string text, FoundTime time)
    {
        if (time.Reference is not AbsoluteTime { When.Precision: DatePrecision.Year })
        {
            return false;
        }

        var word = WordBefore(text, time.Span.Start, out var rest);
        if (word.Equals("came", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var opening = word.Equals("in", StringComparison.OrdinalIgnoreCase) ? rest : text.AsSpan(0, time.Span.Start).TrimEnd();
        return opening.IsEmpty || opening[^1] is '.' or '\n' or '!' or '?';
    }

    /// <summary>The last word before <paramref name="position"/> (spaces aside), and in <paramref name="rest"/> the text before that word, trailing spaces cut.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int position, out ReadOnlySpan<char> rest)
    {
        var before = text.AsSpan(0, position).TrimEnd();
        var start = before.LastIndexOfAny(' ', '\n') + 1;
        rest = before[..start].TrimEnd();
        return before[start..];
    }

    /// <summary>
    /// "on June 22 of that year", "in May of the same year": a day or month followed by "of" and a year counted from
    /// the text's dates takes that year; null when the time is no such day or month, or the year is unknown.
    /// </summary>
    private static TimeReference? InNamedYear(TextDocument document, FoundTime time, FoundTime? next, IReadOnlyList<PartialDate> named)
    {
        if (time.Reference is not (DayOfYear or MonthOfYear) || next is not { } following || following.Reference is not AnaphoricTime { Unit: TimeUnit.Year } year ||
            document.Published is not { } published || following.Span.Start <= time.Span.End ||
            !document.Text.AsSpan(time.Span.End, following.Span.Start - time.Span.End).Trim().Equals("of", StringComparison.OrdinalIgnoreCase) ||
            AnaphoricAnchor.Resolve(year, named) is not { } when)
        {
            return null;
        }

        return NarrativeYear.InYear(time.Reference, when.Start.Year - published.Start.Year);
    }

    /// <summary>
    /// "answered that July", "that December": a month after "that" is in the year of the date the text named last; null
    /// when the time is no such month or the text named no date before it.
    /// </summary>
    private static TimeReference? ThatMonth(TextDocument document, FoundTime time, IReadOnlyList<PartialDate> named)
    {
        if (time.Reference is not MonthOfYear { Relation: MonthRelation.Latest } || named.Count == 0 || document.Published is not { } published)
        {
            return null;
        }

        return WordBefore(document.Text, time.Span.Start, out _).Equals("that", StringComparison.OrdinalIgnoreCase)
            ? NarrativeYear.InYear(time.Reference, named[^1].Start.Year - published.Start.Year)
            : null;
    }

    /// <summary>Whether a date follows the time right after a comma ("the next day, July 1").</summary>
    private static bool IsApposed(string text, FoundTime time, FoundTime next) =>
        next.Reference is AbsoluteTime or DayOfYear && next.Span.Start > time.Span.End &&
        text.AsSpan(time.Span.End, next.Span.Start - time.Span.End).Trim() is ",";

    /// <summary>How many characters may join the first end of a range to a dated second one ("from October to November 2030").</summary>
    private const int RangeJoinLength = 10;

    /// <summary>Whether a dated time follows this one closely ("October to November 2030"): the first end of a range takes its year from the second.</summary>
    private static bool OpensRange(string text, FoundTime time, FoundTime? next) =>
        next is { Reference: AbsoluteTime } dated && dated.Span.Start >= time.Span.End && dated.Span.Start - time.Span.End <= RangeJoinLength &&
        text.AsSpan(time.Span.End, dated.Span.Start - time.Span.End).Trim() is var joint && joint.Length > 0 && !joint.Contains(',');
}
