using Strait.Core.Events;

namespace Strait.Store;

/// <summary>An event as stored: its row id and the event with every piece of evidence gathered for it.</summary>
public sealed record StoredEvent(long Id, CodedEvent Event)
{
    /// <summary>The ids of the documents its evidence comes from, in order of first appearance.</summary>
    public IReadOnlyList<string> DocumentIds =>
        Event.Evidence.Select(e => e.DocumentId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}

/// <summary>An indicator as stored, with the document that reported it (null for one from another source).</summary>
public sealed record StoredIndicator(string? DocumentId, Indicator Indicator);
