using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Time;

namespace Strait.Store;

/// <summary>
/// The store's use of <see cref="SameEventRule.AcrossArticles"/>: when two reports are the same event, so that a second article adds evidence to the stored event instead of
/// a new one: the same type, the same actors (in either order for the symmetric types CONSULT, AGREE and
/// COOPERATE), and dates that overlap. Undated events are never merged: nothing says they are the same.
/// </summary>
public static class EventMergeRule
{
    public static bool IsSameEvent(
        EventType type, ActorCode source, ActorCode target, PartialDate? when, CodedEvent incoming) =>
        SameEventRule.AcrossArticles.Matches(type, source, target, when, incoming);

    /// <summary>The confidence of a merged event: the higher of the two reports.</summary>
    public static double MergedConfidence(double stored, double incoming) => Math.Max(stored, incoming);
}
