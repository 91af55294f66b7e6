using Strait.Core.Actors;

namespace Strait.Text.Coding;

/// <summary>
/// Finds who acts when the trigger's own subject is not a named actor: the receiver and agent of "under pressure
/// from", the agent of a reduced passive ("workers conscripted by the army"), a pair phrase ("the two leaders"), a
/// pronoun, the speaker of a reporting verb ("officials said they ..."), or a description ("the foreign minister").
/// </summary>
public sealed class SourceClues(CodingKnowledge knowledge)
{
    private readonly ClauseMentions _mentions = new(knowledge);

    /// <summary>The position of an "under" word a few words before a nominal trigger ("under heavy pressure"), else -1.</summary>
    public int UndergoingAt(SentenceView view, int trigger, int clauseStart)
    {
        for (var k = trigger - 1; k >= Math.Max(clauseStart, trigger - 3); k--)
        {
            var lower = view.Tokens[k].Lower;
            if (knowledge.Undergoing.Contains(lower))
            {
                return k;
            }

            if (knowledge.Prepositions.Contains(lower) || !char.IsLetter(lower[0]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A past participle right after a mention and followed by a preposition ("workers conscripted by the army",
    /// "villagers forced into labour during Freedonia's occupation"): the agent after "by", or the ruler of a
    /// named period after "during"/"under" (its possessive or adjective), with the agent's mention; null when
    /// the verb is not such a reduced passive.
    /// </summary>
    public (int Agent, ActorCode? Ruler)? ReducedPassiveAgent(SentenceView view, int trigger, int triggerEnd, int clauseEnd)
    {
        var word = view.Tokens[trigger];
        if (trigger == 0 || view.MentionStartingAt(trigger) >= 0 || !word.Lower.EndsWith("ed", StringComparison.Ordinal) && (word.Lower == word.Stem || word.Lower.EndsWith('s')) ||
            triggerEnd >= clauseEnd || !knowledge.Prepositions.Contains(view.Tokens[triggerEnd].Lower))
        {
            return null;
        }

        for (var k = triggerEnd; k < Math.Min(clauseEnd, triggerEnd + TargetClues.ObjectReach); k++)
        {
            var lower = view.Tokens[k].Lower;
            var by = lower == "by";
            if (!by && lower is not ("during" or "under"))
            {
                continue;
            }

            var at = k + 1;
            while (at < clauseEnd && knowledge.Determiners.Contains(view.Tokens[at].Lower))
            {
                at++;
            }

            var mention = view.MentionStartingAt(at);
            if (mention < 0)
            {
                continue;
            }

            if (by)
            {
                return (mention, null);
            }

            var after = view.Mentions[mention].EndToken;
            after += ClauseMentions.IsPossessiveAt(view, after) ? 1 : 0;
            if (after < clauseEnd && knowledge.PeriodsByAnchor.TryGetValue(view.Tokens[after].Stem, out var periods) &&
                periods.Any(p => PhraseMatcher.MatchesAt(p.Phrase, view, after, clauseEnd)))
            {
                return (mention, view.Mentions[mention].Mention.Actor);
            }
        }

        return null;
    }

    /// <summary>
    /// True when a mention ending at <paramref name="end"/> is the noun phrase right before the token: adjacent
    /// ("Sylvanians conscripted"), or as the adjective of up to two plain nouns ("Sylvanian mine workers conscripted").
    /// </summary>
    public bool IsHeadedBy(SentenceView view, int end, int token)
    {
        if (token - end > 2)
        {
            return false;
        }

        for (var k = end; k < token; k++)
        {
            var word = view.Tokens[k];
            if (!char.IsLetter(word.Lower[0]) || word.IsPossessive || knowledge.Prepositions.Contains(word.Lower) ||
                knowledge.Determiners.Contains(word.Lower) || knowledge.PassiveAuxiliaries.Contains(word.Lower) || knowledge.PatternsByAnchor.ContainsKey(word.Stem))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The pair a pair phrase before the trigger refers to ("the two leaders", "both countries"), or null.</summary>
    public (ActorCode First, ActorCode Second)? PairBefore(SentenceView view, int trigger, int clauseStart, ReferenceTracker references)
    {
        for (var i = clauseStart; i < trigger; i++)
        {
            if (knowledge.StatePairPhrases.Any(phrase => PhraseMatcher.MatchesAt(phrase, view, i, trigger)))
            {
                return references.Pair(states: true);
            }

            if (knowledge.PairPhrases.Any(phrase => PhraseMatcher.MatchesAt(phrase, view, i, trigger)))
            {
                return references.Pair();
            }
        }

        return null;
    }

    /// <summary>
    /// The subject of a reporting verb right before a plural pronoun that is the trigger's subject ("officials said
    /// [that] they expected ..."), else -1.
    /// </summary>
    public int ReportedSpeaker(SentenceView view, int trigger, int clauseStart)
    {
        for (var i = trigger - 1; i >= Math.Max(clauseStart, trigger - 3); i--)
        {
            if (!knowledge.PairPronouns.Contains(view.Tokens[i].Lower))
            {
                continue;
            }

            var verb = i - 1;
            verb -= verb > 0 && view.Tokens[verb].Lower == "that" ? 1 : 0;
            return verb > 0 && knowledge.ReportingVerbs.Contains(view.Tokens[verb].Stem) ? _mentions.SubjectBefore(view, verb, view.ClauseStart(verb)) : -1;
        }

        return -1;
    }

    /// <summary>Whether a plural pronoun ("they") stands a few words before the trigger in its clause.</summary>
    public bool PairPronounBefore(SentenceView view, int trigger, int clauseStart)
    {
        for (var i = trigger - 1; i >= Math.Max(clauseStart, trigger - 3); i--)
        {
            if (knowledge.PairPronouns.Contains(view.Tokens[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The pronoun a few words before the trigger in its clause ("it", "she"), else null.</summary>
    public string? PronounBefore(SentenceView view, int trigger, int clauseStart)
    {
        for (var i = trigger - 1; i >= Math.Max(clauseStart, trigger - 3); i--)
        {
            if (knowledge.Pronouns.Contains(view.Tokens[i].Lower))
            {
                return view.Tokens[i].Lower;
            }
        }

        return null;
    }

    /// <summary>
    /// A description of a person ("the foreign minister": Person true, Title "foreign minister") or of a state ("the
    /// ministry") that ends the clause's words before the trigger (adverbs aside), else null; a description after a
    /// preposition or followed by a named actor ("the president of Sylvania") is not the subject.
    /// </summary>
    public (bool Person, string Title)? DescriptionBefore(SentenceView view, int trigger, int clauseStart)
    {
        for (var i = trigger - 1; i >= Math.Max(clauseStart, trigger - 6); i--)
        {
            if (view.Mentions.Any(m => m.StartToken < trigger && m.EndToken > i))
            {
                return null;
            }

            if (view.Tokens[i].Lower != "the" || _mentions.AfterPreposition(view, i, clauseStart))
            {
                continue;
            }

            foreach (var (phrases, person) in new[] { (knowledge.PersonDescriptions, true), (knowledge.StateDescriptions, false) })
            {
                var phrase = phrases.FirstOrDefault(p => PhraseMatcher.MatchesAt(p, view, i, trigger));
                if (phrase is not null && IsSubjectGap(view, i + 1, trigger))
                {
                    var words = view.Tokens.Skip(i + 1).Take(Math.Min(phrase.Core.Count, trigger - i) - 1).Select(t => t.Lower);
                    return (person, string.Join(' ', words));
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>No preposition, "of" or clause word between a description and its verb: only the description's words and adverbs.</summary>
    private bool IsSubjectGap(SentenceView view, int from, int trigger)
    {
        for (var k = from; k < trigger; k++)
        {
            var lower = view.Tokens[k].Lower;
            if (knowledge.Prepositions.Contains(lower) || !char.IsLetter(lower[0]))
            {
                return false;
            }
        }

        return true;
    }
}
