using Strait.Core.Actors;

namespace Strait.Text.Coding;

/// <summary>
/// The other party of an act whose clause names only one: the article's main counterpart of the actor when the
/// text nearby names it, else the main country named most often nearby, else the article's main counterpart.
/// </summary>
public sealed class NearbyCounterpart(CodingKnowledge knowledge)
{
    /// <summary>
    /// The counterpart of an actor whose clause names no other party: the article's main counterpart (the most-mentioned
    /// main country other than the actor's) when this paragraph or the one before names it, else the main country named
    /// most often there, else the article's main counterpart.
    /// </summary>
    public ActorCode? Of(ReferenceTracker references, Counterparts counterparts, ActorCode actor)
    {
        if (counterparts.Of(actor) is { } main &&
            references.NearbyCountry(new HashSet<string>(StringComparer.Ordinal) { main.CountryPart }, actor.CountryPart, counterparts.Ranked) is not null)
        {
            return main;
        }

        return references.NearbyCountry(knowledge.MainCountries, actor.CountryPart, counterparts.Ranked) is { } near ? ActorCode.Of(near, ActorRole.GOV) : counterparts.Of(actor);
    }
}
