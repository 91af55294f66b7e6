using Strait.Core.Actors;
using Strait.Core.Documents;
using Strait.Core.Events;
using Strait.Core.Time;

namespace Strait.Store.Tests;

/// <summary>Made-up documents and events for the store tests.</summary>
internal static class Samples
{
    public static Document Article(string text, string? published = null, PublishedBasis basis = PublishedBasis.Header, string source = "made-up.txt") =>
        Document.Create("A made-up article", source, published is null ? null : PartialDate.ParseExact(published),
            published is null ? PublishedBasis.Unknown : basis, text);

    public static CodedEvent Event(
        Document document,
        string evidence,
        EventType type = EventType.CONSULT,
        string source = "JPNGOV",
        string target = "KORGOV",
        string? when = "2031-03-04",
        Issue issue = Issue.Diplomacy,
        EventStatus status = EventStatus.Occurred,
        double confidence = 0.8)
    {
        var start = document.Text.IndexOf(evidence, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{evidence}' is not in the document's text.", nameof(evidence));
        }

        return new CodedEvent(type, status, ActorCode.ParseExact(source), ActorCode.ParseExact(target),
            when is null ? null : PartialDate.ParseExact(when), issue,
            [new Evidence(document.Id, start, start + evidence.Length, evidence)], confidence);
    }

    public static Indicator Poll(Document document, string evidence, double value, string when = "2031") =>
        new("favourable view of the neighbour", "KOR", value, "percent", PartialDate.ParseExact(when), "Made-up Institute",
            new Evidence(document.Id, document.Text.IndexOf(evidence, StringComparison.Ordinal),
                document.Text.IndexOf(evidence, StringComparison.Ordinal) + evidence.Length, evidence));
}
