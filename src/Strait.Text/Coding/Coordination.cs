using Strait.Core.Actors;
using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// Mentions joined into one list ("Freedonia and Sylvania", "Fredville's and Sylvania's"): the other parties of
/// a coordinated source or target, and the coordinated pairs a sentence names for later pair references.
/// </summary>
public sealed class Coordination(CodingKnowledge knowledge)
{
    /// <summary>How many tokens after a repeated preposition its actor may start ("with Chinese President Xi").</summary>
    private const int RepeatedReach = 4;

    private readonly ClauseMentions _mentions = new(knowledge);

    /// <summary>
    /// Tells the tracker each pair of actors of different countries the sentence joins with "and" ("Freedonia and
    /// Sylvania"), for a later "the two", and the sentence's subject when it is a state or a body, for a later "It".
    /// </summary>
    public void NoteCoordinated(SentenceView view, ReferenceTracker references)
    {
        NoteSubject(view, references);
        for (var m = 1; m < view.Mentions.Count; m++)
        {
            var (first, second) = (view.Mentions[m - 1].Mention.Actor, view.Mentions[m].Mention.Actor);
            if (first.CountryPart != second.CountryPart && !first.IsInternationalBody && !second.IsInternationalBody &&
                Joined(view, view.Mentions[m - 1].EndToken, view.Mentions[m].StartToken))
            {
                references.SawCoordinated(first, second);
            }
        }
    }

    /// <summary>The sentence's first mention that no preposition governs ("Sylvania was still angry with Freedonia"), when it names a state, a body, or a group of a country (as that country).</summary>
    private void NoteSubject(SentenceView view, ReferenceTracker references)
    {
        foreach (var placed in view.Mentions)
        {
            if (_mentions.AfterPreposition(view, placed.StartToken, view.ClauseStart(placed.StartToken)))
            {
                continue;
            }

            var actor = placed.Mention.Actor;
            if (placed.Mention.Kind is MentionKind.Country or MentionKind.Metonym or MentionKind.Organisation)
            {
                references.SawSubject(actor);
            }
            else if (placed.Mention.Kind is MentionKind.Group or MentionKind.Demonym && !actor.IsInternationalBody)
            {
                // "Sylvanian soldiers have ...; It later deployed": a group stands for its country.
                references.SawSubject(ActorCode.Of(actor.CountryPart, ActorRole.GOV));
            }

            return;
        }
    }

    /// <summary>
    /// The actors of other countries in a list with a mention, its items joined by commas and an "and" (or by
    /// possessives): "Freedonia and Sylvania", "Fredville's and Sylvania's", "Freedonia, Sylvania and Ostrava".
    /// </summary>
    public List<ActorCode> Coordinated(SentenceView view, int mention)
    {
        var found = new List<ActorCode>();
        if (mention < 0)
        {
            return found;
        }

        var (first, last, and) = (mention, mention, false);
        while (first > 0 && Link(view, view.Mentions[first - 1].EndToken, view.Mentions[first].StartToken) is { } joined)
        {
            (first, and) = (first - 1, and | joined);
        }

        while (last + 1 < view.Mentions.Count && Link(view, view.Mentions[last].EndToken, view.Mentions[last + 1].StartToken) is { } joined)
        {
            (last, and) = (last + 1, and | joined);
        }

        var country = view.Mentions[mention].Mention.Actor.CountryPart;
        for (var m = first; and && m <= last; m++)
        {
            var actor = view.Mentions[m].Mention.Actor;
            if (actor.CountryPart != country && found.All(f => f.CountryPart != actor.CountryPart))
            {
                found.Add(actor);
            }
        }

        return found;
    }

    /// <summary>
    /// "talks with Rufus in Fredville, with Ludmila in Sylvaton and with Otto in Ostrava": the actors after the preposition
    /// of a joint act's partner repeated in a list (each item's place skipped), of other countries than the partner's.
    /// </summary>
    public List<ActorCode> RepeatedPartners(SentenceView view, int mention)
    {
        var found = new List<ActorCode>();
        if (mention < 0 || view.Mentions[mention].StartToken == 0)
        {
            return found;
        }

        var preposition = view.Tokens[view.Mentions[mention].StartToken - 1].Lower;
        if (!knowledge.Prepositions.Contains(preposition) || knowledge.PlacePrepositions.Contains(preposition))
        {
            return found;
        }

        var k = SkipPlace(view, view.Mentions[mention].EndToken);
        while (true)
        {
            var joined = false;
            while (k < view.Tokens.Count && view.Tokens[k].Lower is "," or "and")
            {
                (joined, k) = (true, k + 1);
            }

            if (!joined || k >= view.Tokens.Count || view.Tokens[k].Lower != preposition)
            {
                return found;
            }

            var next = -1;
            for (var at = k + 1; at < Math.Min(view.Tokens.Count, k + 1 + RepeatedReach) && next < 0; at++)
            {
                next = view.MentionStartingAt(at);
            }

            if (next < 0)
            {
                return found;
            }

            var actor = view.Mentions[next].Mention.Actor;
            if (actor.CountryPart != view.Mentions[mention].Mention.Actor.CountryPart && found.All(f => f.CountryPart != actor.CountryPart))
            {
                found.Add(actor);
            }

            k = SkipPlace(view, view.Mentions[next].EndToken);
        }
    }

    /// <summary>The token after a place phrase ("in Fredville", "in Sylvaton's capital") starting at the token, else the token.</summary>
    private int SkipPlace(SentenceView view, int k)
    {
        if (k + 1 >= view.Tokens.Count || !knowledge.PlacePrepositions.Contains(view.Tokens[k].Lower) || !view.Tokens[k + 1].Capitalized)
        {
            return k;
        }

        k++;
        while (k < view.Tokens.Count && view.Tokens[k].Capitalized)
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// Whether the list a mention belongs to is a sequence ("visited Fredville and then Sylvaton"): an adverb of
    /// <c>list_adverbs</c> joins two of its items, or a word of <c>apart_words</c> follows the list ("met Fredville and
    /// Sylvaton separately"), so they are each the act's party in turn, not parties to each other.
    /// </summary>
    public bool IsSequence(SentenceView view, int mention)
    {
        if (mention < 0)
        {
            return false;
        }

        for (var m = 1; m < view.Mentions.Count; m++)
        {
            var (from, to) = (view.Mentions[m - 1].EndToken, view.Mentions[m].StartToken);
            if ((m == mention || m - 1 == mention) && Link(view, from, to) == true &&
                (Enumerable.Range(from, to - from).Any(k => knowledge.ListAdverbs.Contains(view.Tokens[k].Lower)) ||
                 view.Mentions[m].EndToken < view.Tokens.Count && knowledge.ApartWords.Contains(view.Tokens[view.Mentions[m].EndToken].Lower)))
            {
                // "met Rufus and Trentino separately": each in turn too.
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether only a list's commas, determiners and possessives and at least one "and" stand between two mentions.</summary>
    private bool Joined(SentenceView view, int from, int to) => Link(view, from, to) == true;

    /// <summary>
    /// Whether only commas, "and" (with an adverb of <c>list_adverbs</c> after it: "and then"), determiners and
    /// possessives stand between two mentions (null if anything else does), and whether an "and" does.
    /// </summary>
    private bool? Link(SentenceView view, int from, int to)
    {
        var and = false;
        for (var k = from; k < to; k++)
        {
            var lower = view.Tokens[k].Lower;
            if (lower == "and")
            {
                and = true;
            }
            else if (and && knowledge.ListAdverbs.Contains(lower))
            {
                // "visited Fredville and then Sylvaton": an adverb of sequence after "and" keeps the list.
            }
            else if (lower != "," && !view.Tokens[k].IsPossessive && !knowledge.Determiners.Contains(lower))
            {
                return null;
            }
        }

        return and;
    }
}
