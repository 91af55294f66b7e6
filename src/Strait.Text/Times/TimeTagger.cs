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
/// when there is none.
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
        foreach (var time in finder.FindBySentence(document).SelectMany(found => found))
        {
            var when = time.Reference is AnaphoricTime anaphoric
                ? AnaphoricAnchor.Resolve(anaphoric, named)
                : TimeResolver.Resolve(time.Reference, document.Published);
            if (when is not null)
            {
                named.Add(when);
            }

            document.Times.Add(new TimeExpression(time.Span, when, time.Reference.IsRelative, time.Reference));
        }
    }
}
