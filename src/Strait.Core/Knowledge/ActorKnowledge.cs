using NodaTime;
using Strait.Core.Actors;

namespace Strait.Core.Knowledge;

/// <summary>A span in which a party led or joined the government; <see cref="To"/> is null while it lasts.</summary>
public sealed record GovernmentSpan(LocalDate From, LocalDate? To)
{
    public bool Covers(LocalDate day) => From <= day && (To is null || day <= To);
}

/// <summary>
/// Everything loaded from <c>data/actors/*.yaml</c>: the <see cref="ActorRegistry"/> and, for parties, the spans
/// in which they were in government, so that a party can be coded GOV or OPP by date.
/// </summary>
public sealed class ActorKnowledge
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<GovernmentSpan>> _governmentSpans;

    public ActorKnowledge(ActorRegistry registry, IReadOnlyDictionary<string, IReadOnlyList<GovernmentSpan>> governmentSpans)
    {
        Registry = registry;
        _governmentSpans = governmentSpans;
    }

    public ActorRegistry Registry { get; }

    /// <summary>The spans in government of a party (by its name), or null when the file gives none.</summary>
    public IReadOnlyList<GovernmentSpan>? GovernmentSpansOf(Organisation party) =>
        _governmentSpans.TryGetValue(party.Name, out var spans) ? spans : null;

    /// <summary>
    /// The actor an organisation stands for on a day: a party with known spans is its country's GOV inside them and
    /// OPP outside them; everything else is its fixed actor.
    /// </summary>
    public ActorCode ActorOf(Organisation organisation, LocalDate on)
    {
        var spans = GovernmentSpansOf(organisation);
        if (spans is null)
        {
            return organisation.Actor;
        }

        return organisation.Actor.WithRole(spans.Any(s => s.Covers(on)) ? ActorRole.GOV : ActorRole.OPP);
    }
}
