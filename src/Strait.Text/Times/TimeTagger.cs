using Strait.Text.Pipeline;
using Strait.Text.Segmentation;

namespace Strait.Text.Times;

/// <summary>
/// Finds the time expressions of each sentence (<see cref="TimeExpressionFinder"/>) and resolves them against the
/// document's publication date (<see cref="TimeResolver"/>). Absolute expressions always resolve; relative ones
/// stay null when the publication date is unknown. A weekday is the latest such day on or before the publication
/// date, unless a future marker ("will", "is to", "scheduled") comes before it in the sentence, then the first
/// on or after it; an event coder may re-resolve with <see cref="TimeResolver.ResolveWeekday"/>. A year-less month
/// ("in March") is the latest such month not after the publication month. Each span's label is the rule's kind
/// ("date", "range", "decade", "year", "since", "day", "month", "weekday", "relative", "ago").
/// Run it after the sentence splitter and after <see cref="Dating.PublicationDateInference"/>.
/// </summary>
public sealed class TimeTagger(TimeExpressionFinder finder) : IPipelineComponent
{
    public string Name => "times";

    public IReadOnlyList<string> Assigns { get; } = ["times"];

    public void Process(TextDocument document)
    {
        document.Times.Clear();
        var found = new List<FoundTime>();
        foreach (var sentence in document.Sentences)
        {
            var (first, limit) = TokenSpans.Range(document.Tokens, sentence);
            finder.Find(document.Text, document.Tokens, first, limit, found);
        }

        foreach (var time in found)
        {
            document.Times.Add(new TimeExpression(time.Span, TimeResolver.Resolve(time.Reference, document.Published), time.Reference.IsRelative));
        }
    }
}
