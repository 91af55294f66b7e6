using Strait.Core.Actors;

namespace Strait.Text.Coding;

/// <summary>
/// Who attends a body's gathering that its phrase names no attendee of ("the Ostrava Forum summit", "a Forum summit
/// that Rufus and Trentino both attended"): the actors of different countries its sentence joins with "and", else the
/// pair a pair phrase or "they" in the sentence stands for ("At the Forum summit they exchanged greetings"). Not the
/// parties of a joint act before it in the sentence ("the two met on the sidelines of the Forum summit"): measured,
/// annotators mostly code only the meeting there.
/// </summary>
public sealed class GatheringAttendees(CodingKnowledge knowledge)
{
    private readonly Coordination _coordination = new(knowledge);

    /// <summary>The attendees, two or more of different countries and none an international body; empty when the sentence names none.</summary>
    public IReadOnlyList<ActorCode> Of(SentenceView view, ReferenceTracker references)
    {
        for (var m = 0; m < view.Mentions.Count; m++)
        {
            var actor = view.Mentions[m].Mention.Actor;
            if (!actor.IsInternationalBody && _coordination.Coordinated(view, m) is { Count: > 0 } joined &&
                joined.All(j => !j.IsInternationalBody && j.CountryPart != actor.CountryPart))
            {
                return [actor, .. joined];
            }
        }

        for (var i = 0; i < view.Tokens.Count; i++)
        {
            if ((knowledge.PairPronouns.Contains(view.Tokens[i].Lower) || knowledge.PairIndex.AnyMatchesAt(view, i, view.Tokens.Count)) &&
                references.Pair() is var (first, second) && !first.IsInternationalBody && !second.IsInternationalBody)
            {
                return [first, second];
            }
        }

        return [];
    }
}
