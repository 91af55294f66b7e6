using Strait.Core.Actors;

namespace Strait.Text.Coding;

/// <summary>
/// The other party of an act whose clause names only one: the main country its paragraph names most (at least
/// twice), else the article's main counterpart of the actor when the text nearby names it, else the main country named
/// most often nearby, else the article's main counterpart.
/// </summary>
public sealed class NearbyCounterpart(CodingKnowledge knowledge)
{
    /// <summary>How often a paragraph must name a country for it to be the counterpart of the paragraph's acts ("Pyongyang denied any part" in a paragraph about the North and the South).</summary>
    private const int ParagraphLead = 2;

    /// <summary>
    /// The counterpart of an actor whose clause names no other party: the main country other than the actor's that this
    /// paragraph names most, when it names it at least <see cref="ParagraphLead"/> times; else the article's main
    /// counterpart (the most-mentioned main country other than the actor's) when this paragraph or the one before names
    /// it, else the main country named most often there, else the article's main counterpart.
    /// </summary>
    public ActorCode? Of(ReferenceTracker references, Counterparts counterparts, ActorCode actor)
    {
        if (references.NearbyCountry(knowledge.MainCountries, actor.CountryPart, counterparts.Ranked, paragraphOnly: true, least: ParagraphLead) is { } inParagraph)
        {
            return ActorCode.Of(inParagraph, ActorRole.GOV);
        }

        if (counterparts.Of(actor) is { } main &&
            references.NearbyCountry(new HashSet<string>(StringComparer.Ordinal) { main.CountryPart }, actor.CountryPart, counterparts.Ranked) is not null)
        {
            return main;
        }

        return references.NearbyCountry(knowledge.MainCountries, actor.CountryPart, counterparts.Ranked) is { } near ? ActorCode.Of(near, ActorRole.GOV) : counterparts.Of(actor);
    }
}
