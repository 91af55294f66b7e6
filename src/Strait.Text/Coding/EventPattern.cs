using Strait.Core.Actors;
using Strait.Core.Events;

namespace Strait.Text.Coding;

/// <summary>
/// One entry of <c>data/patterns/events.yaml</c>: a phrase that signals a PLOVER event type, with an optional
/// issue hint. A nominal pattern ("the 2015 agreement", "a visit to") yields an event only when a date is
/// stated near it; <see cref="Planned"/> marks phrases that themselves announce a future event ("upcoming summit").
/// </summary>
public sealed record EventPattern(EventType Type, Issue? Issue, bool Nominal, bool Planned, bool Symmetric, Phrase Phrase)
{
    /// <summary>The role a source named only by its country or government takes for this act ("North Korea fired a missile": MIL); None keeps GOV.</summary>
    public ActorRole SourceRole { get; init; }

    /// <summary>The role a target named only by its country takes for this act ("Freedonia's occupation of Sylvania": CVL, its people); None keeps GOV.</summary>
    public ActorRole TargetRole { get; init; }

    /// <summary>An act on one's own country ("declared martial law"): with no target named, the target is the source's country, not a foreign counterpart.</summary>
    public bool Home { get; init; }

    /// <summary>
    /// A verdict in one word ("regrettable"): its source is the speaker of the reporting verb before it ("the minister said
    /// Sylvania's absence was regrettable"), not the subject of its own clause, which the verdict is about.
    /// </summary>
    public bool Verdict { get; init; }

    /// <summary>
    /// The type of the act when several parties do it together ("Sylvania and Ostrava held drills": COOPERATE between
    /// them), where one party alone does this pattern's type ("Sylvania held drills": MOBILIZE); null when none.
    /// </summary>
    public EventType? JointType { get; init; }

    /// <summary>
    /// The historical episode a noun of this pattern names ("forced labour", "colonial rule"): with no doer named, the act
    /// is the episode's, by its source on its target, dated to its span unless the text states a date inside it; null for
    /// an ordinary pattern.
    /// </summary>
    public HistoricalEpisode? Episode { get; init; }

    /// <summary>This pattern as the joint act of several parties: of <see cref="JointType"/>, symmetric, both sides in the source's role.</summary>
    public EventPattern AsJoint() =>
        JointType is { } joint ? this with { Type = joint, Symmetric = true, TargetRole = SourceRole, JointType = null } : this;
}
