using Strait.Core.Actors;
using Strait.Core.Events;

namespace Strait.Text.Coding;

/// <summary>
/// The source-target pairs one coded act yields: a joint act one event per pair of its parties (<see cref="JointParties"/>),
/// another act one event per coordinated source or target; pairs within one country only as a domestic event; each
/// actor with the pattern's role or, named by its country alone, as its government.
/// </summary>
public sealed class EventParties(CodingKnowledge knowledge)
{
    /// <summary>
    /// The pairs of an act between <paramref name="source"/> and <paramref name="target"/> and the parties coordinated with
    /// them, with their roles; targets in a <paramref name="sequence"/> ("visited Fredville and then Sylvaton") are each
    /// the source's counterpart in turn, never each other's.
    /// </summary>
    public IEnumerable<(ActorCode Source, ActorCode Target)> Pairs(EventPattern pattern, SentenceView view, ActorCode source, ActorCode target,
        List<ActorCode> otherSources, List<ActorCode> otherTargets, Issue issue, bool sequence = false)
    {
        foreach (var (from, to) in pattern.Symmetric && !sequence ? JointParties.Pairs(source, target, [.. otherSources, .. otherTargets]) : Parties(source, target, otherSources, otherTargets))
        {
            if (!from.Equals(to) && (from.CountryPart != to.CountryPart || IsDomestic(from, to, issue)))
            {
                yield return (SourceWithRole(from, pattern, view), TargetWithRole(to, pattern, view));
            }
        }
    }

    /// <summary>
    /// A one-sided act: the main pair, then each coordinated source of another country toward the target, then every
    /// source toward each coordinated target ("Freedonia and Sylvania condemned the drills of Ostrava and Gorvania": four).
    /// </summary>
    private static IEnumerable<(ActorCode Source, ActorCode Target)> Parties(ActorCode source, ActorCode target, List<ActorCode> otherSources, List<ActorCode> otherTargets)
    {
        yield return (source, target);
        var sources = otherSources.Where(o => o.CountryPart != source.CountryPart).ToList();
        foreach (var other in sources)
        {
            yield return (other, target);
        }

        foreach (var other in otherTargets.Where(o => o.CountryPart != target.CountryPart))
        {
            yield return (source, other);
            foreach (var otherSource in sources)
            {
                yield return (otherSource, other);
            }
        }
    }

    /// <summary>
    /// Two actors of one country make an event only as a domestic one: its issue is domestic, or one side has a
    /// role that acts at home (courts, lawmakers, the opposition, citizens, the press) and the roles differ.
    /// </summary>
    private bool IsDomestic(ActorCode source, ActorCode target, Issue issue) =>
        source.IsInternationalBody || issue == Issue.Domestic ||
        source.Role != target.Role && (knowledge.DomesticRoles.Contains(source.Role) || knowledge.DomesticRoles.Contains(target.Role));

    /// <summary>A source named by its country or government takes the pattern's source role, if it has one ("North Korea fired a missile": MIL).</summary>
    private static ActorCode SourceWithRole(ActorCode source, EventPattern pattern, SentenceView view) =>
        pattern.SourceRole != ActorRole.None && !source.IsInternationalBody && source.Role is ActorRole.None or ActorRole.GOV
            ? source.WithRole(pattern.SourceRole)
            : WithDefaultRole(source, view);

    /// <summary>A target named only by its country takes the pattern's target role, if it has one ("the occupation of Sylvania": CVL).</summary>
    private static ActorCode TargetWithRole(ActorCode target, EventPattern pattern, SentenceView view) =>
        pattern.TargetRole != ActorRole.None && !target.IsInternationalBody && target.Role == ActorRole.None
            ? target.WithRole(pattern.TargetRole)
            : WithDefaultRole(target, view);

    /// <summary>A country named alone acts as its government; a body or an actor with a role stays as it is.</summary>
    private static ActorCode WithDefaultRole(ActorCode actor, SentenceView view) =>
        actor.IsInternationalBody || actor.Role != ActorRole.None ? actor : actor.WithRole(ActorRole.GOV);
}
