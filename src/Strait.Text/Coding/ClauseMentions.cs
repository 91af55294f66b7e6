using Strait.Core.Actors;
using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// Finds the mentions that stand in a grammatical place around a trigger in its clause: the subject before it, a
/// possessor before an event noun, an agent after "by", another party before it, the most specific of several
/// mentions of one country, and whether a mention is a place or follows a preposition.
/// </summary>
public sealed class ClauseMentions(CodingKnowledge knowledge)
{
    /// <summary>How many tokens of modifiers may stand between a possessive and its noun ("Seoul's recent withdrawal").</summary>
    private const int PossessiveReach = 6;

    /// <summary>
    /// The nearest mention before the trigger in its clause, outside insertions after the clause began, that is not the
    /// object of a preposition (nor, for a <paramref name="passive"/> trigger, of an infinitive in its subject).
    /// </summary>
    public int SubjectBefore(SentenceView view, int trigger, int clauseStart, bool passive = false)
    {
        var clause = view.ClauseOf[Math.Min(trigger, view.Tokens.Count - 1)];
        for (var m = view.Mentions.Count - 1; m >= 0; m--)
        {
            var mention = view.Mentions[m];
            if (mention.EndToken > trigger || mention.StartToken < clauseStart || view.ClauseOf[mention.StartToken] > clause)
            {
                // An insertion inside the clause ("Rufus, who criticized Sylvania, met ...") has a later clause number: its actors are its own.
                continue;
            }

            if (passive && IsInfinitiveObject(view, mention.StartToken, clauseStart))
            {
                // "Sylvania's plan to sanction Ostrava was applauded": the object of an infinitive in a passive's subject
                // is not what undergoes the act.
                continue;
            }

            if (!AfterPreposition(view, mention.StartToken, clauseStart) || OpensClauseBefore(view, mention, trigger, clauseStart))
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>
    /// "He visited Fredville on Monday and apologised ...": a verb right after "and" or "then" that has no subject of its
    /// own shares the subject of the verb before it, so a mention that is that verb's object (right after it, past
    /// determiners, not a possessor) is not the later verb's subject. The earlier verb's position, else -1.
    /// </summary>
    public int ObjectOfCoordinatedVerb(SentenceView view, int trigger, int mention, int clauseStart)
    {
        var end = view.Mentions[mention].EndToken;
        if (trigger < 2 || view.Tokens[trigger - 1].Lower is not ("and" or "then") || end > trigger - 1 || IsPossessiveAt(view, end))
        {
            // A possessor ("Sylvania's territory") is no verb's object.
            return -1;
        }

        var verb = WordBeforeObject(view, mention, clauseStart);
        if (verb <= clauseStart)
        {
            return -1;
        }

        // The word before the object is a verb, not a modifier after a determiner ("displaying a crumpled Sylvanian flag").
        var word = view.Tokens[verb];
        return IsPlainWord(word) && !knowledge.Determiners.Contains(view.Tokens[verb - 1].Lower) && !knowledge.Prepositions.Contains(word.Lower) && !knowledge.Pronouns.Contains(word.Lower) &&
            word.Lower is not ("and" or "or" or "but" or "then" or "that") && view.MentionStartingAt(verb) < 0
            ? verb
            : -1;
    }

    /// <summary>
    /// "Rufus telephoned Trentino on May 3 to offer condolences", "summoned the envoy to protest": a "to" infinitive of
    /// purpose after the object of a verb of <c>purpose_subject_verbs</c> (a call, a summons, a meeting) is done by that
    /// verb's subject, not its object. The verb's position, else -1; only a date or prepositions may stand between the
    /// object and "to".
    /// </summary>
    public int ObjectBeforePurpose(SentenceView view, int trigger, int mention, int clauseStart)
    {
        var end = view.Mentions[mention].EndToken;
        if (trigger < 3 || view.Tokens[trigger - 1].Lower != "to" || end > trigger - 1 || IsPossessiveAt(view, end))
        {
            return -1;
        }

        for (var k = end; k < trigger - 1; k++)
        {
            if (!knowledge.Prepositions.Contains(view.Tokens[k].Lower) && !view.Times.Any(t => t.StartToken <= k && k < t.EndToken))
            {
                return -1;
            }
        }

        var verb = WordBeforeObject(view, mention, clauseStart);
        return verb > clauseStart && knowledge.PurposeSubjectVerbs.Contains(view.Tokens[verb].Stem) ? verb : -1;
    }

    /// <summary>The word before a mention, past determiners, where the verb of which it is the object stands (not before <paramref name="clauseStart"/>).</summary>
    private int WordBeforeObject(SentenceView view, int mention, int clauseStart)
    {
        var verb = view.Mentions[mention].StartToken - 1;
        while (verb > clauseStart && knowledge.Determiners.Contains(view.Tokens[verb].Lower))
        {
            verb--;
        }

        return verb;
    }

    /// <summary>Whether the token is the object of a "to" infinitive: "to", one lower-case verb and determiners before it ("to put the Sylvanian ...").</summary>
    private bool IsInfinitiveObject(SentenceView view, int token, int clauseStart)
    {
        var i = token - 1;
        while (i >= clauseStart && knowledge.Determiners.Contains(view.Tokens[i].Lower))
        {
            i--;
        }

        return i - 1 >= clauseStart && view.Tokens[i - 1].Lower == "to" && IsPlainWord(view.Tokens[i]) &&
            !knowledge.Prepositions.Contains(view.Tokens[i].Lower) && view.Tokens[i].Lower != "be";
    }

    /// <summary>A lower-case word of letters: no name, figure or mark.</summary>
    private static bool IsPlainWord(WordToken word) => !word.Capitalized && word.Lower.Length > 1 && char.IsLetter(word.Lower[0]);

    /// <summary>How many plain nouns the actor's adjective heads right before the trigger ("after Sylvanian artillery shelled"): at most <see cref="MaxHeadNouns"/>, else 0.</summary>
    private int HeadNounsAfter(SentenceView view, int end, int trigger)
    {
        var count = trigger - end;
        if (count is < 1 or > MaxHeadNouns)
        {
            return 0;
        }

        for (var i = end; i < trigger; i++)
        {
            var lower = view.Tokens[i].Lower;
            if (!IsPlainWord(view.Tokens[i]) || knowledge.Prepositions.Contains(lower) || knowledge.Determiners.Contains(lower) || knowledge.PassiveAuxiliaries.Contains(lower) ||
                lower.EndsWith("ly", StringComparison.Ordinal) || view.Tokens[i].IsPossessive)
            {
                return 0;
            }
        }

        return count;
    }

    /// <summary>How many plain nouns may stand between an actor's adjective and the act of the clause it opens.</summary>
    private const int MaxHeadNouns = 2;

    /// <summary>
    /// "after Sylvania expelled the envoy", "before the council was told": an actor after a preposition that also opens
    /// a clause, right before the trigger (auxiliaries and "-ly" adverbs between, its named organ: "before the
    /// council's Appellate Body sided with", a verb and "to": "after Sylvania voted to impose", or the nouns its
    /// adjective heads: "after Sylvanian artillery shelled"), is its subject.
    /// </summary>
    private bool OpensClauseBefore(SentenceView view, PlacedMention mention, int trigger, int clauseStart)
    {
        var organ = mention.EndToken < trigger && view.Tokens[mention.EndToken].IsPossessive;
        // "after Sylvania voted to impose ...": a verb taking "to" and the trigger between the actor and the act.
        var verbTo = VerbToBetween(view, mention.EndToken, trigger);
        var head = HeadNounsAfter(view, mention.EndToken, trigger);
        for (var i = mention.EndToken + head; i < trigger && !verbTo; i++)
        {
            var lower = view.Tokens[i].Lower;
            if (organ && (i == mention.EndToken || view.Tokens[i].Capitalized && view.MentionStartingAt(i) < 0))
            {
                // "before the council's Appellate Body sided with ...": a named organ of the actor acts for it.
                continue;
            }

            if (!knowledge.PassiveAuxiliaries.Contains(lower) && !lower.EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }
        }

        for (var i = mention.StartToken - 1; i >= clauseStart; i--)
        {
            var lower = view.Tokens[i].Lower;
            if (knowledge.Prepositions.Contains(lower))
            {
                return knowledge.ClauseOpeningPrepositions.Contains(lower);
            }
        }

        return false;
    }

    /// <summary>"voted to", "voted unanimously to": one plain word, "-ly" adverbs and "to" fill the tokens from <paramref name="from"/> to the trigger.</summary>
    private static bool VerbToBetween(SentenceView view, int from, int trigger)
    {
        if (trigger - from < 2 || !IsPlainWord(view.Tokens[from]) || view.Tokens[trigger - 1].Lower != "to")
        {
            return false;
        }

        for (var i = from + 1; i < trigger - 1; i++)
        {
            if (!view.Tokens[i].Lower.EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "the chairman of the Foreign Affairs Committee", "a spokesman for the ministry", "Rufus, chairman of the council,":
    /// the preposition at <paramref name="at"/> ties an office holder (a noun of <c>head_nouns</c> after an article or, in
    /// an apposition, a comma after a name the tagger does not know) to the actor after it,
    /// who then speaks and acts through that holder; the actor is no prepositional object.
    /// </summary>
    private bool IsHeadOf(SentenceView view, int at) =>
        at >= 2 && view.Tokens[at].Lower is "of" or "for" && knowledge.HeadNouns.Contains(view.Tokens[at - 1].Lower) &&
        (view.Tokens[at - 2].Lower is "the" or "a" or "an" || view.Tokens[at - 2].Lower == "," && !view.Mentions.Any(m => m.EndToken == at - 2));

    /// <summary>Whether a preposition stands before the token in its clause, with only determiners, numbers and name modifiers between ("with the two", "of the opposition Democratic Party"), no time ("In 2018 the council").</summary>
    public bool AfterPreposition(SentenceView view, int token, int clauseStart)
    {
        if (TownPreposition(view, token - 1) >= clauseStart)
        {
            return true;
        }

        for (var i = token - 1; i >= clauseStart; i--)
        {
            var lower = view.Tokens[i].Lower;
            if (knowledge.Prepositions.Contains(lower))
            {
                return !IsHeadOf(view, i);
            }

            if (!knowledge.Determiners.Contains(lower) && !knowledge.NameModifiers.Contains(lower) && !char.IsDigit(lower[0]) || view.InTime(i))
            {
                // "In 2018 the council had asked": a preposition before a time governs the time, not the actor after it.
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The place preposition before a named town and the comma at <paramref name="comma"/> when a country's name follows
    /// it ("in Kananaskis, Canada": the country names where the town is; not "In Kyoto, Lee pressed ..."), else -1.
    /// </summary>
    private int TownPreposition(SentenceView view, int comma)
    {
        if (comma < 2 || view.Tokens[comma].Lower != "," || view.MentionStartingAt(comma + 1) is not (>= 0 and var country) ||
            view.Mentions[country].Mention.Kind != MentionKind.Country)
        {
            return -1;
        }

        var j = comma - 1;
        while (j > 0 && view.Tokens[j].Capitalized && view.MentionStartingAt(j) < 0 && !view.InTime(j))
        {
            j--;
        }

        return j < comma - 1 && knowledge.PlacePrepositions.Contains(view.Tokens[j].Lower) ? j : -1;
    }

    /// <summary>Whether the tokens from <paramref name="from"/> to <paramref name="to"/> are at most two lower-case words (modifiers of the noun: "the trilateral summit").</summary>
    internal static bool OnlyModifiersBetween(SentenceView view, int from, int to)
    {
        if (to - from > 2)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (view.Tokens[i].Capitalized || !char.IsLetter(view.Tokens[i].Lower[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A possessive or adjective mention just before a nominal trigger ("Seoul's recent withdrawal", "Japanese sanctions").</summary>
    public int PossessorBefore(SentenceView view, int trigger, int clauseStart)
    {
        for (var m = view.Mentions.Count - 1; m >= 0; m--)
        {
            var mention = view.Mentions[m];
            if (mention.EndToken > trigger)
            {
                continue;
            }

            if (mention.StartToken < clauseStart || trigger - mention.EndToken > PossessiveReach)
            {
                return -1;
            }

            var possessive = IsPossessiveAt(view, mention.EndToken);
            for (var i = mention.EndToken; i < trigger; i++)
            {
                var lower = view.Tokens[i].Lower;
                possessive |= view.Tokens[i].IsPossessive;
                if (knowledge.Prepositions.Contains(lower) || (!view.Tokens[i].IsPossessive && !char.IsLetterOrDigit(lower[0]) && lower is not ("-" or "–")) ||
                    lower is "and" or "or" && !IsPossessiveAt(view, mention.EndToken))
                {
                    return -1;
                }
            }

            // "of Japanese colonialism", "of the U.S. atomic bombing": an adjective before the noun, with at most lower-case
            // modifiers between, is its actor even after a preposition.
            return AfterPreposition(view, mention.StartToken, clauseStart) && !possessive && !OnlyModifiersBetween(view, mention.EndToken, trigger) ? -1 : m;
        }

        return -1;
    }

    /// <summary>Whether the token exists and is a possessive ("'s").</summary>
    public static bool IsPossessiveAt(SentenceView view, int token) => token < view.Tokens.Count && view.Tokens[token].IsPossessive;

    /// <summary>
    /// "Japan's NEC", "South Korean President Moon": the later, more specific mention of the same country (never
    /// across a trigger word: "Freedonian farmers criticized Fredville" names two actors).
    /// </summary>
    public PlacedMention Specific(SentenceView view, int mention) => view.Mentions[SpecificIndex(view, mention)];

    /// <summary>The index of the most specific mention of the same actor from <paramref name="mention"/> on (see <see cref="Specific"/>).</summary>
    public int SpecificIndex(SentenceView view, int mention)
    {
        var current = view.Mentions[mention];
        while (mention + 1 < view.Mentions.Count)
        {
            var next = view.Mentions[mention + 1];
            if (next.StartToken - current.EndToken > 2 || next.Mention.Actor.Country != current.Mention.Actor.Country ||
                current.Mention.Kind is not (MentionKind.Country or MentionKind.Metonym or MentionKind.Group))
            {
                break;
            }

            var between = Enumerable.Range(current.EndToken, next.StartToken - current.EndToken).Select(i => view.Tokens[i]);
            if (between.Any(token => !token.IsPossessive && !char.IsLetter(token.Lower[0]) || knowledge.Prepositions.Contains(token.Lower) ||
                knowledge.PatternsByAnchor.ContainsKey(token.Stem)))
            {
                break;
            }

            mention++;
            current = next;
        }

        return mention;
    }

    /// <summary>The mention after "by" (or after one of <paramref name="words"/>) within reach of the trigger, else -1.</summary>
    public static int AgentAfter(SentenceView view, int from, int clauseEnd, int reach, IReadOnlySet<string>? words = null)
    {
        for (var i = from; i < Math.Min(clauseEnd, from + reach); i++)
        {
            if (words is null ? view.Tokens[i].Lower == "by" : words.Contains(view.Tokens[i].Lower))
            {
                for (var j = i + 1; j < Math.Min(clauseEnd, i + 4); j++)
                {
                    var mention = view.MentionStartingAt(j);
                    if (mention >= 0)
                    {
                        return mention;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>The nearest mention before the trigger in its clause of another country than the source's, else -1.</summary>
    public static int OtherBefore(SentenceView view, int trigger, int clauseStart, ActorCode source)
    {
        for (var m = view.Mentions.Count - 1; m >= 0; m--)
        {
            var mention = view.Mentions[m];
            if (mention.EndToken <= trigger && mention.StartToken >= clauseStart && mention.Mention.Actor.CountryPart != source.CountryPart)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>
    /// A country or capital after a place preposition ("near Beijing", "in central Fredville", "in Kananaskis, Canada") or a
    /// place noun's "of" ("the streets of Fredville"): where an act happened. A preposition that is a word of the trigger's phrase before
    /// <paramref name="phraseEnd"/> ("took part in the Group of 20 summit") makes no place.
    /// </summary>
    public bool IsPlace(SentenceView view, int mention, Phrase? phrase = null, int phraseEnd = -1)
    {
        var placed = view.Mentions[mention];
        var k = placed.StartToken - 1;
        while (k > 0 && (knowledge.Determiners.Contains(view.Tokens[k].Lower) || knowledge.PlaceModifiers.Contains(view.Tokens[k].Lower)))
        {
            k--;
        }

        k = TownPreposition(view, k) is var town and >= 0 ? town : k;
        if (phrase is not null && k >= 0 && k < phraseEnd && phrase.Words.Contains(view.Tokens[k].Stem))
        {
            return false;
        }

        // "met at the Group of Seven summit": an international body after a place preposition is the venue too.
        return (placed.Mention.Kind is MentionKind.Country or MentionKind.Metonym || placed.Mention.Actor.IsInternationalBody) && k >= 0 &&
            (knowledge.PlacePrepositions.Contains(view.Tokens[k].Lower) || view.Tokens[k].Lower == "of" && k > 0 && knowledge.PlaceNouns.Contains(view.Tokens[k - 1].Lower));
    }
}
