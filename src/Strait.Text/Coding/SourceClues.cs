using Strait.Core.Actors;
using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// Finds who acts when the trigger's own subject is not a named actor: the receiver and agent of "under pressure
/// from", the agent of a reduced passive ("workers conscripted by the army"), the head of a relative clause
/// ("Sylvania, which fired ..."), the body a subject is part of ("a panel of the court"), the subject of a gerund's
/// sentence ("answered by striking ..."), a pair or group phrase ("the two leaders", "trilateral"), a pronoun, the
/// speaker of a reporting verb ("officials said they ..."), or a description ("the foreign minister").
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
    /// "villagers forced into labour during Freedonia's occupation"): the agent after "by" (or the country whose adjective
    /// names the workplace after "in": "forced to work in Freedonian mines"), or the ruler of a named period after
    /// "during"/"under" (its possessive or adjective), with the agent's mention; null when the verb is not such a reduced passive.
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
            // "women forced to work in Freedonian mines": the owner of the workplace, named by its adjective, did it (only
            // after a participle with "to" or "into" right after it, so "boycotted the summit in Freedonia" stays active).
            var by = lower == "by" || lower == "in" && k == triggerEnd && view.Tokens[trigger + 1].Lower is "to" or "into" && IsAdjectiveBeforeNoun(view, k + 1);
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

    /// <summary>A country's adjective (or name) starting at the token and followed by a lower-case noun ("Freedonian mines").</summary>
    private static bool IsAdjectiveBeforeNoun(SentenceView view, int token)
    {
        var mention = view.MentionStartingAt(token);
        if (mention < 0 || view.Mentions[mention].Mention.Kind is not (MentionKind.Country or MentionKind.Group) || view.Mentions[mention].EndToken >= view.Tokens.Count)
        {
            return false;
        }

        var next = view.Tokens[view.Mentions[mention].EndToken];
        return !next.Capitalized && char.IsLetter(next.Lower[0]) && next.Lower is not ("and" or "or");
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

    /// <summary>The pair a pair phrase before the trigger refers to ("the two leaders", "both countries", "the two" right before it), or null.</summary>
    public (ActorCode First, ActorCode Second)? PairBefore(SentenceView view, int trigger, int clauseStart, ReferenceTracker references, IReadOnlyList<string> ranked)
    {
        for (var i = clauseStart; i < trigger; i++)
        {
            if (knowledge.StatePairIndex.AnyMatchesAt(view, i, trigger))
            {
                return references.Pair(states: true, ranked);
            }

            if (knowledge.PairIndex.AnyMatchesAt(view, i, trigger) || knowledge.PairSubjectIndex.AnyEndsAt(view, i, trigger))
            {
                return references.Pair();
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the trigger's subject names several parties: a pair or group phrase before it in its clause ("the two
    /// countries", "the three navies", "both"), or a mention before it joined by "and" to one of another country
    /// (<paramref name="coordinated"/>: "Sylvania and Ostrava held drills").
    /// </summary>
    public bool HasPluralSubject(SentenceView view, int trigger, int clauseStart, Func<int, bool> coordinated)
    {
        for (var i = clauseStart; i < trigger; i++)
        {
            if (knowledge.StatePairIndex.AnyMatchesAt(view, i, trigger) || knowledge.PairIndex.AnyMatchesAt(view, i, trigger) ||
                knowledge.GroupIndex.AnyMatchesAt(view, i, trigger) || knowledge.PairSubjectIndex.AnyEndsAt(view, i, trigger))
            {
                return true;
            }
        }

        for (var m = 0; m < view.Mentions.Count && view.Mentions[m].EndToken <= trigger; m++)
        {
            if (view.Mentions[m].StartToken >= clauseStart && !_mentions.AfterPreposition(view, view.Mentions[m].StartToken, clauseStart) && coordinated(m))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// The pronoun a few words before the trigger in its clause ("it", "she"), or a possessive one that opens the sentence
    /// with no actor named before the trigger ("Its foreign ministry ... condemning"), and whether it opens its sentence (no
    /// actor named before it there), else null; an expletive "it" ("it is expected that ...", "it was in May that ...":
    /// "it" and a form of "be" not followed by the trigger) names no one.
    /// </summary>
    public (string Word, int At, bool OpensSentence)? PronounBefore(SentenceView view, int trigger, int clauseStart)
    {
        for (var i = trigger - 1; i >= Math.Max(clauseStart, trigger - 3); i--)
        {
            var lower = view.Tokens[i].Lower;
            if (!knowledge.Pronouns.Contains(lower))
            {
                continue;
            }

            if (lower == "it" && i + 2 < trigger && knowledge.PassiveAuxiliaries.Contains(view.Tokens[i + 1].Lower))
            {
                return null;
            }

            return (lower, i, view.Mentions.Count == 0 || view.Mentions[0].StartToken > i);
        }

        // "Its foreign ministry issued a statement later on Monday condemning ...": a possessive pronoun that opens the
        // sentence, with no actor named before the trigger, owns the subject that acts.
        if (trigger > 1 && view.Tokens[0].Lower is "its" or "his" or "her" && knowledge.Pronouns.Contains(view.Tokens[0].Lower) &&
            (view.Mentions.Count == 0 || view.Mentions[0].StartToken >= trigger))
        {
            return (view.Tokens[0].Lower, 0, true);
        }

        return null;
    }

    /// <summary>
    /// The person a "he" or "she" at <paramref name="at"/> most likely stands for in its own sentence: the first person
    /// named before it that no preposition governs, a subject ("Rufus held talks with Ludmila, where he met ...":
    /// Rufus); null when the sentence names none (the tracker then takes the paragraph's last person).
    /// </summary>
    public ActorCode? PersonSubjectBefore(SentenceView view, string pronoun, int at)
    {
        if (pronoun is not ("he" or "she"))
        {
            return null;
        }

        foreach (var placed in view.Mentions)
        {
            if (placed.EndToken > at)
            {
                break;
            }

            if (placed.Mention.Kind == MentionKind.Person && !_mentions.AfterPreposition(view, placed.StartToken, view.ClauseStart(placed.StartToken)))
            {
                return placed.Mention.Actor;
            }
        }

        return null;
    }

    /// <summary>
    /// The government an "it" or "its" stands for when its sentence's subject before it is an institution of a named
    /// actor ("the administration of President Rufus said it would ...", "the government of Chancellor Trentino said its
    /// own review had found ...", "the General Staff of the Freedonian army announced that it would ..."): "the", at most one
    /// modifier, a noun of <c>institution_nouns</c>, "of" and the actor (after "the", if any); its country's government, else null.
    /// </summary>
    public ActorCode? InstitutionSubjectBefore(SentenceView view, string pronoun, int at)
    {
        if (pronoun is not ("it" or "its"))
        {
            return null;
        }

        for (var k = 1; k + 2 < at; k++)
        {
            // "the", one modifier at most ("the General Staff of"), the institution's noun, "of" and the actor.
            var the = view.Tokens[k - 1].Lower == "the" ? k - 1 : k >= 2 && view.Tokens[k - 2].Lower == "the" && view.MentionStartingAt(k - 1) < 0 ? k - 2 : -1;
            var owner = k + 3 < at && view.Tokens[k + 2].Lower == "the" ? k + 3 : k + 2;
            if (the >= 0 && knowledge.InstitutionNouns.Contains(view.Tokens[k].Lower) && view.Tokens[k + 1].Lower == "of" &&
                view.MentionStartingAt(owner) is var m and >= 0 && !view.Mentions[m].Mention.Actor.IsInternationalBody)
            {
                return ActorCode.Of(view.Mentions[m].Mention.Actor.CountryPart, ActorRole.GOV);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the sentence names a person before <paramref name="at"/> ("in his talks with Ludmila he ..."), none of
    /// them a possessor ("after Rufus's visit, during which he ..." is about Rufus).
    /// </summary>
    public static bool NamesPersonBefore(SentenceView view, int at)
    {
        var people = view.Mentions.Where(m => m.EndToken <= at && m.Mention.Kind == MentionKind.Person).ToList();
        return people.Count > 0 && people.All(m => m.EndToken >= view.Tokens.Count || !view.Tokens[m.EndToken].IsPossessive);
    }

    /// <summary>
    /// The mention a relative clause is about when the trigger is its verb: "Ruritania, which fired two missiles",
    /// "the envoy who met ...": the mention right before the relative word that opens the trigger's clause (after a
    /// comma, or any "who"), with no other mention and at most two words between that word and the trigger; else -1.
    /// </summary>
    public int RelativeAntecedent(SentenceView view, int trigger, int clauseStart)
    {
        var opener = -1;
        for (var k = Math.Max(0, clauseStart - 1); k < trigger; k++)
        {
            if (knowledge.RelativeOpeners.Contains(view.Tokens[k].Lower))
            {
                opener = k;
                break;
            }
        }

        if (opener <= 0 || trigger - opener > 3 || view.Mentions.Any(m => m.StartToken > opener && m.StartToken < trigger))
        {
            return -1;
        }

        var comma = view.Tokens[opener - 1].Lower == ",";
        if (!comma && !knowledge.RelativePronouns.Contains(view.Tokens[opener].Lower))
        {
            return -1;
        }

        var end = comma ? opener - 1 : opener;
        for (var m = view.Mentions.Count - 1; m >= 0; m--)
        {
            if (view.Mentions[m].EndToken == end)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Rufus Mayo, who chairs the Freedonian parliament's foreign affairs committee, criticized ...": a name the tagger
    /// does not know, described by a relative clause of holding an office (<c>office_verbs</c>) closed by a comma right
    /// before the trigger, acts for the actor the clause names first; else -1.
    /// </summary>
    public int OfficeHolderSubject(SentenceView view, int trigger, int clauseStart)
    {
        if (trigger < 4 || view.Tokens[trigger - 1].Lower != ",")
        {
            return -1;
        }

        for (var k = trigger - 2; k >= Math.Max(1, clauseStart - 1); k--)
        {
            if (view.Tokens[k].Lower == ",")
            {
                return -1;
            }

            if (knowledge.OfficeVerbs.Contains(view.Tokens[k].Lower) && k >= 2 && knowledge.RelativePronouns.Contains(view.Tokens[k - 1].Lower) &&
                view.Tokens[k - 2].Lower == "," && !view.Mentions.Any(m => m.EndToken == k - 2))
            {
                for (var m = 0; m < view.Mentions.Count; m++)
                {
                    if (view.Mentions[m].StartToken > k && view.Mentions[m].EndToken < trigger)
                    {
                        return m;
                    }
                }

                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The body a subject is part of ("a panel of the Ostrava High Court ordered ...", "a spokesman for the ministry
    /// said"): a mention after "of" or "for" that follows a noun and ends right before the trigger (adverbs aside), in
    /// a clause that names no other actor before it; else -1.
    /// </summary>
    public int BodyOfSubject(SentenceView view, int trigger, int clauseStart)
    {
        for (var m = view.Mentions.Count - 1; m >= 0; m--)
        {
            var mention = view.Mentions[m];
            if (mention.EndToken > trigger)
            {
                continue;
            }

            if (mention.StartToken < clauseStart || !IsSubjectGap(view, mention.EndToken, trigger) || trigger - mention.EndToken > 2 ||
                m > 0 && view.Mentions[m - 1].StartToken >= clauseStart)
            {
                return -1;
            }

            var k = mention.StartToken - 1;
            while (k > clauseStart && knowledge.Determiners.Contains(view.Tokens[k].Lower))
            {
                k--;
            }

            var head = k - 1;
            return k > clauseStart && view.Tokens[k].Lower is "of" or "for" && char.IsLetter(view.Tokens[head].Lower[0]) &&
                !knowledge.Prepositions.Contains(view.Tokens[head].Lower) && !knowledge.PatternsByAnchor.ContainsKey(view.Tokens[head].Stem)
                ? m
                : -1;
        }

        return -1;
    }

    /// <summary>
    /// The object of a causative verb right before "to" and the trigger ("prompting Sylvania to summon the envoy",
    /// "forced Fredville to retreat"), or the agent of an intention noun there ("the decision by Sylvania to impose
    /// curbs"): the one who does the act; -1 when there is none.
    /// </summary>
    public int CausedSubject(SentenceView view, int trigger)
    {
        if (trigger < 3 || view.Tokens[trigger - 1].Lower != "to")
        {
            return -1;
        }

        var m = view.Mentions.FindLastIndex(x => x.EndToken == trigger - 1);
        if (m < 0)
        {
            return IntentionPossessor(view, trigger - 1);
        }

        var before = view.Mentions[m].StartToken - 1;
        while (before > 0 && knowledge.Determiners.Contains(view.Tokens[before].Lower))
        {
            before--;
        }

        // "the decision by Sylvania to impose curbs": the agent of an intention noun does what it intends.
        var intended = before > 0 && view.Tokens[before].Lower == "by" && knowledge.IntentionNouns.Contains(view.Tokens[before - 1].Stem);
        return before >= 0 && (knowledge.CausativeVerbs.Contains(view.Tokens[before].Stem) || intended) ? m : -1;
    }

    /// <summary>
    /// "a response to Fredville's decision in May to tighten controls", "the Sylvanian refusal to attend": the possessor
    /// of an intention noun before "to" (a time between) does what it intends; -1 when there is none.
    /// </summary>
    private int IntentionPossessor(SentenceView view, int to)
    {
        var noun = to - 1;
        while (noun > 0 && (view.InTime(noun) || knowledge.Prepositions.Contains(view.Tokens[noun].Lower) && view.InTime(noun + 1)))
        {
            noun--;
        }

        return noun > 0 && knowledge.IntentionNouns.Contains(view.Tokens[noun].Stem) ? _mentions.PossessorBefore(view, noun, view.ClauseStart(noun)) : -1;
    }

    /// <summary>
    /// The subject of the clause a participle phrase hangs on ("Rufus sent Trentino a letter calling the visit
    /// regrettable", "Rufus summoned Sylvania's envoy, calling the move unacceptable"): the first mention no preposition
    /// governs in the participle's own clause, or in the clause before when the participle opens its clause after a
    /// comma; the mention right before it in an absolute phrase ("with Sylvania calling ..."), even after a
    /// preposition; -1 when the trigger is no such participle (a progressive "was calling", a gerund after a
    /// preposition), no mention is followed by other words before it, or a pronoun opening the sentence is the subject
    /// (<see cref="ParticiplePronoun"/>).
    /// </summary>
    public int ParticipleSubject(SentenceView view, int trigger, int clauseStart) => Participle(view, trigger, clauseStart).Mention;

    /// <summary>
    /// The subject pronoun of the clause a participle phrase hangs on, when it opens the sentence before any actor no
    /// preposition governs ("He chose Fredville for his first trip, meeting Rufus there": he); else null.
    /// </summary>
    public string? ParticiplePronoun(SentenceView view, int trigger, int clauseStart) => Participle(view, trigger, clauseStart).Pronoun;

    private (int Mention, string? Pronoun) Participle(SentenceView view, int trigger, int clauseStart)
    {
        if (trigger == 0 || !view.Tokens[trigger].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return (-1, null);
        }

        var right = view.Mentions.FindLastIndex(m => m.EndToken == trigger);
        if (right >= 0)
        {
            return (right, null);
        }

        var before = view.Tokens[trigger - 1].Lower;
        if (knowledge.PassiveAuxiliaries.Contains(before) || knowledge.Prepositions.Contains(before))
        {
            return (-1, null);
        }

        var opensClause = clauseStart == trigger;
        var from = opensClause ? (view.Tokens[trigger - 1].Lower == "," ? view.ClauseStart(trigger - 1) : -1) : clauseStart;
        if (from < 0)
        {
            return (-1, null);
        }

        for (var m = 0; m < view.Mentions.Count && view.Mentions[m].EndToken <= trigger; m++)
        {
            var start = view.Mentions[m].StartToken;
            if (start >= from && !_mentions.AfterPreposition(view, start, view.ClauseStart(start)))
            {
                if (from == 0 && PronounOpens(view, start) is { } pronoun)
                {
                    return (-1, pronoun);
                }

                // The subject must be followed by other words (its verb and object), not be the last mention before the participle.
                var wordsBetween = Enumerable.Range(view.Mentions[m].EndToken, Math.Max(0, trigger - view.Mentions[m].EndToken))
                    .Any(k => view.Mentions.All(o => k < o.StartToken || k >= o.EndToken));
                return (wordsBetween ? m : -1, null);
            }
        }

        return (-1, null);
    }

    /// <summary>
    /// The subject of the clause a gerund after "by", "after" and the like belongs to: the nearest mention before the
    /// trigger that no preposition governs and a verb follows ("Fredville criticized Sylvania on Monday before imposing
    /// tariffs": Fredville, not Sylvania; "...; Sylvaton hit back by dropping Fredville"), else, unless a pronoun opens
    /// the sentence as its subject (<see cref="GerundPronoun"/>), the sentence's first such mention ("Fredville, which
    /// regards the claims as settled, answered by tightening exports"); -1 when the trigger is no such gerund or there is none.
    /// </summary>
    public int GerundSubject(SentenceView view, int trigger) => Gerund(view, trigger).Mention;

    /// <summary>
    /// The subject pronoun of the sentence a gerund after "by", "after" and the like belongs to, when no actor before the
    /// trigger is a verb's subject and the pronoun comes before any actor no preposition governs ("He made Fredville his
    /// first stop, before travelling on to Sylvaton": he); null when the trigger is no such gerund or the subject is no pronoun.
    /// </summary>
    public string? GerundPronoun(SentenceView view, int trigger) => Gerund(view, trigger).Pronoun;

    private (int Mention, string? Pronoun) Gerund(SentenceView view, int trigger)
    {
        if (!IsSubjectGerund(view, trigger))
        {
            return (-1, null);
        }

        if (VerbSubjectBefore(view, trigger) is var subject and >= 0)
        {
            return (subject, null);
        }

        for (var m = 0; m < view.Mentions.Count && view.Mentions[m].EndToken <= trigger; m++)
        {
            if (!_mentions.AfterPreposition(view, view.Mentions[m].StartToken, view.ClauseStart(view.Mentions[m].StartToken)))
            {
                return PronounOpens(view, view.Mentions[m].StartToken) is { } opening ? (-1, opening) : (m, null);
            }
        }

        return (-1, PronounOpens(view, trigger));
    }

    private bool IsSubjectGerund(SentenceView view, int trigger) =>
        trigger > 0 && view.Tokens[trigger].Lower.EndsWith("ing", StringComparison.Ordinal) &&
        knowledge.SubjectGerundPrepositions.Contains(view.Tokens[trigger - 1].Lower);

    /// <summary>The nearest mention before the trigger that no preposition governs and a word that may be a verb follows (no preposition, determiner, conjunction or mark); else -1.</summary>
    private int VerbSubjectBefore(SentenceView view, int trigger)
    {
        for (var m = view.Mentions.Count - 1; m >= 0; m--)
        {
            var placed = view.Mentions[m];
            if (placed.EndToken >= trigger || _mentions.AfterPreposition(view, placed.StartToken, view.ClauseStart(placed.StartToken)))
            {
                continue;
            }

            var next = view.Tokens[placed.EndToken];
            if (char.IsLetter(next.Lower[0]) && !next.Capitalized && !knowledge.Prepositions.Contains(next.Lower) &&
                !knowledge.Determiners.Contains(next.Lower) && !knowledge.RelativeOpeners.Contains(next.Lower) && next.Lower is not ("and" or "or"))
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>A subject pronoun ("he", "she", "it") opening the sentence's first clause before <paramref name="before"/>; else null.</summary>
    private string? PronounOpens(SentenceView view, int before)
    {
        for (var k = 0; k < before && view.ClauseOf[k] == view.ClauseOf[0]; k++)
        {
            var lower = view.Tokens[k].Lower;
            if (lower is "he" or "she" or "it")
            {
                return lower;
            }

            if (char.IsLetter(lower[0]) && !knowledge.Determiners.Contains(lower) && !view.Tokens[k].Capitalized)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>How many words may stand between a group phrase and its trigger ("the three allies' navies had held").</summary>
    private const int GroupHeadReach = 4;

    /// <summary>The most words a group phrase of the cue file has ("the three defence ministers").</summary>
    private const int GroupPhraseWords = 4;

    /// <summary>
    /// Whether a phrase for a group of three or more parties ("trilateral", "three-way", "the three leaders") stands
    /// before the trigger, as its modifier or its subject, at most <see cref="GroupHeadReach"/> words (no punctuation but a
    /// possessive) before it ("the three allies' navies had held"; a bare "the three" only right before it, else it counts
    /// a noun: "the three envoys"), in a clause that names no actor from it on.
    /// </summary>
    public bool GroupBefore(SentenceView view, int trigger, int clauseStart)
    {
        // A group phrase of up to GroupPhraseWords words may start as far back as its own words and GroupHeadReach more.
        for (var i = Math.Max(clauseStart, trigger - GroupHeadReach - GroupPhraseWords); i < trigger; i++)
        {
            foreach (var phrase in knowledge.GroupIndex.At(view, i))
            {
                if (PhraseMatcher.Match(phrase, view, i, trigger) is { } match &&
                    trigger - match.End <= (knowledge.CountWords.Contains(view.Tokens[match.End - 1].Lower) ? 0 : GroupHeadReach) &&
                    !view.Tokens.Skip(match.End).Take(trigger - match.End).Any(t => !char.IsLetter(t.Lower[0]) && t.Lower is not ("'s" or "’s" or "'" or "’")) &&
                    !view.Mentions.Any(m => m.StartToken >= i && m.StartToken < trigger))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A description of a person ("the foreign minister": Title "foreign minister"), of a state ("the ministry") or of a
    /// body named before ("the assembly") that ends the clause's words before the trigger (adverbs aside), else null; a description after a
    /// preposition or followed by a named actor ("the president of Sylvania") is not the subject.
    /// </summary>
    public (DescriptionKind Kind, string Title)? DescriptionBefore(SentenceView view, int trigger, int clauseStart)
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

            foreach (var (phrases, kind) in new[]
                     {
                         (knowledge.PersonDescriptions, DescriptionKind.Person), (knowledge.StateDescriptions, DescriptionKind.State),
                         (knowledge.BodyDescriptions, DescriptionKind.Body),
                     })
            {
                var phrase = phrases.FirstOrDefault(p => PhraseMatcher.MatchesAt(p, view, i, trigger));
                if (phrase is not null && IsSubjectGap(view, i + 1, trigger))
                {
                    var words = view.Tokens.Skip(i + 1).Take(Math.Min(phrase.Core.Count, trigger - i) - 1).Select(t => t.Lower);
                    return (kind, string.Join(' ', words));
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// Whether a joint document ("the joint statement", <c>joint_statement_descriptions</c>) is the subject of the trigger:
    /// it starts the clause's words before the trigger, with only its own words and adverbs between.
    /// </summary>
    public bool JointStatementBefore(SentenceView view, int trigger, int clauseStart)
    {
        for (var i = trigger - 1; i >= Math.Max(clauseStart, trigger - 6); i--)
        {
            if (view.Mentions.Any(m => m.StartToken < trigger && m.EndToken > i))
            {
                return false;
            }

            if (knowledge.JointStatementDescriptions.Any(p => PhraseMatcher.MatchesAt(p, view, i, trigger)) && !_mentions.AfterPreposition(view, i, clauseStart))
            {
                return IsSubjectGap(view, i + 1, trigger);
            }
        }

        return false;
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
