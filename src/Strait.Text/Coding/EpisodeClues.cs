using Strait.Core.Actors;

namespace Strait.Text.Coding;

/// <summary>
/// Reads a known episode's phrase in its sentence: whether it names a party of another episode ("Gorvania's colonial
/// rule") and whether it only names the time of another act ("conscripted during colonial rule").
/// </summary>
public sealed class EpisodeClues(CodingKnowledge knowledge)
{
    /// <summary>
    /// Whether the phrase of a known episode's noun names a party of another episode: an actor slot of the phrase, an
    /// actor right before the noun with at most two words between and no punctuation or article ("Gorvania's colonial
    /// rule", "Gorvanian forced labour", "Gorvania's 1901-05 colonial rule"), or one after "of" ("the forced labour of
    /// Gorvanians"), of neither of the episode's countries ("Freedonia's colonial rule" and "Sylvanian forced labour" name
    /// the episode's own doer and victims).
    /// </summary>
    public bool NamesOtherParty(SentenceView view, PhraseMatch match, HistoricalEpisode episode)
    {
        if (match.SourceMention is not null || OfOtherCountry(view, match.End, episode))
        {
            return true;
        }

        for (var k = match.Start - 1; k >= Math.Max(0, match.Start - 3); k--)
        {
            if (view.Mentions.FirstOrDefault(m => m.StartToken <= k && k < m.EndToken) is { } named)
            {
                return !IsPartyOf(episode, named.Mention.Actor);
            }

            if (!view.Tokens[k].IsPossessive && (!char.IsLetterOrDigit(view.Tokens[k].Lower[0]) || knowledge.Determiners.Contains(view.Tokens[k].Lower)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"the forced labour of Gorvanians": an actor of neither of the episode's countries right after "of" (and "the").</summary>
    private static bool OfOtherCountry(SentenceView view, int end, HistoricalEpisode episode)
    {
        if (end >= view.Tokens.Count || view.Tokens[end].Lower != "of")
        {
            return false;
        }

        var at = end + 1 < view.Tokens.Count && view.Tokens[end + 1].Lower == "the" ? end + 2 : end + 1;
        return view.Mentions.FirstOrDefault(m => m.StartToken == at) is { } named && !IsPartyOf(episode, named.Mention.Actor);
    }

    private static bool IsPartyOf(HistoricalEpisode episode, ActorCode actor) =>
        actor.CountryPart == episode.Source.CountryPart || actor.CountryPart == episode.Target.CountryPart;

    /// <summary>
    /// An event noun right after a preposition of <c>episode_time_prepositions</c> ("conscripted during colonial rule",
    /// "lived under Freedonia's colonial rule"): it names the time of another act, not an act.
    /// </summary>
    public bool IsTimeOfOtherAct(SentenceView view, int trigger)
    {
        for (var k = trigger - 1; k >= Math.Max(0, trigger - 4); k--)
        {
            var word = view.Tokens[k].Lower;
            if (knowledge.EpisodeTimePrepositions.Contains(word))
            {
                return true;
            }

            if (view.Tokens[k].IsPossessive || view.Mentions.Any(m => m.StartToken <= k && k < m.EndToken))
            {
                // "during Freedonia's colonial rule": the ruler's name belongs to the noun phrase.
                continue;
            }

            if (!char.IsLetterOrDigit(word[0]) || knowledge.Prepositions.Contains(word))
            {
                return false;
            }
        }

        return false;
    }
}
