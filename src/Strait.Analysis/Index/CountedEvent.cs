using Strait.Core.Events;

namespace Strait.Analysis.Index;

/// <summary>
/// One event as the index counts it: the reports of it merged into one (<see cref="Event"/> carries the most
/// precise date and every report's evidence), with the reports it was merged from.
/// </summary>
public sealed record CountedEvent(CodedEvent Event, IReadOnlyList<CodedEvent> Reports)
{
    /// <summary>Where the event's evidence comes from: documents and almanac references, without repeats.</summary>
    public IEnumerable<string> Sources =>
        Event.Evidence.Select(e => e.Source ?? e.DocumentId ?? "").Where(s => s.Length > 0).Distinct(StringComparer.Ordinal);
}
