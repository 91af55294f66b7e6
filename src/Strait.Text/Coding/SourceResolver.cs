using Strait.Core.Actors;
using Strait.Core.Events;

namespace Strait.Text.Coding;

/// <summary>
/// Fills the source of an act when its pattern's slots did not: the receiver and agent of "under pressure from", the
/// agent of a reduced or a plain passive ("workers conscripted by the army", "was invited by X") or of an event noun
/// ("criticism from X"; of one's own measure, its possessor: "the lifting of X's curbs"), the doer of an agentless
/// passive, then the subject, possessor, pair, pronoun, reported speaker or description before the trigger.
/// </summary>
public sealed class SourceResolver(CodingKnowledge knowledge)
{
    /// <summary>The preposition that names a group act's partner right after it ("a three-way summit with X").</summary>
    private static readonly HashSet<string> WithWords = new(StringComparer.Ordinal) { "with" };

    private readonly ClauseMentions _mentions = new(knowledge);
    private readonly SourceClues _clues = new(knowledge);
    private readonly VerbForms _verbs = new(knowledge);
    private readonly NearbyCounterpart _nearbyCounterpart = new(knowledge);

    /// <summary>The slots with the source (and, for a passive or "under pressure", the target) filled where the clause says; null when an act under pressure lacks a party.</summary>
    public ActorSlots? Resolve(TriggerClause clause, ActorSlots slots) =>
        UnderPressure(clause, FromSpeaker(clause, slots)) is { } pressed ? FromClause(clause, FromAgent(clause, FromReducedPassive(clause, pressed))) : null;

    /// <summary>How many tokens before a verdict word its reporting verb may stand ("told reporters on Monday that X's absence was regrettable").</summary>
    public const int VerdictReach = 15;

    /// <summary>
    /// "Freedonia's minister told reporters that Sylvania's absence was regrettable": a verdict word's source is the
    /// subject of the reporting verb before it in its sentence, and the first actor of another country between the two
    /// is what the verdict is about, its target. Left to the clause when no reporting verb with a named subject precedes it.
    /// </summary>
    private ActorSlots FromSpeaker(TriggerClause clause, ActorSlots slots)
    {
        var (_, view, pattern, match, _, _, _, _, _, _) = clause;
        if (!pattern.Verdict || slots.Source is not null)
        {
            return slots;
        }

        var trigger = match.Start;
        for (var verb = trigger - 1; verb >= Math.Max(0, trigger - VerdictReach); verb--)
        {
            if (!knowledge.ReportingVerbs.Contains(view.Tokens[verb].Stem) ||
                verb > 0 && (view.Tokens[verb - 1].IsPossessive || knowledge.Determiners.Contains(view.Tokens[verb - 1].Lower)))
            {
                // "Sylvania's claim was unacceptable": a reporting verb's word after a possessive or determiner is a noun.
                continue;
            }

            var speaker = _mentions.SubjectBefore(view, verb, view.ClauseStart(verb));
            if (speaker < 0)
            {
                return slots;
            }

            var sourceMention = _mentions.SpecificIndex(view, speaker);
            var source = view.Mentions[sourceMention].Mention.Actor;
            var about = -1;
            for (var m = 0; m < view.Mentions.Count && about < 0; m++)
            {
                var mention = view.Mentions[m];
                about = mention.StartToken > verb && mention.EndToken <= trigger && mention.Mention.Actor.CountryPart != source.CountryPart ? m : -1;
            }

            var targetMention = about >= 0 ? _mentions.SpecificIndex(view, about) : slots.TargetMention;
            return slots with
            {
                Source = source,
                SourceMention = sourceMention,
                SourceToken = view.Mentions[speaker].StartToken,
                Target = about >= 0 ? view.Mentions[targetMention].Mention.Actor : slots.Target,
                TargetMention = targetMention,
                TargetToken = about >= 0 ? view.Mentions[about].EndToken : slots.TargetToken,
            };
        }

        return slots;
    }

    /// <summary>
    /// "Seoul is under pressure from Washington", "both are under pressure": the subject receives the action, the
    /// possessor or the actor after "from" does it, else the third main country nearby; null when a party is missing.
    /// </summary>
    private ActorSlots? UnderPressure(TriggerClause clause, ActorSlots slots)
    {
        var (_, view, _, match, references, counterparts, _, clauseEnd, subjectStart, _) = clause;
        var trigger = match.Start;
        var (source, sourceMention, sourceToken, target, targetMention, targetToken, otherSources, otherTargets, confidence) = slots;
        var undergoing = source is null ? _clues.UndergoingAt(view, trigger, subjectStart) : -1;
        if (undergoing >= 0)
        {
            // "Seoul is under pressure from Washington", "both are under pressure": the subject receives the action.
            var agent = _mentions.PossessorBefore(view, trigger, undergoing);
            agent = agent >= 0 ? agent : ClauseMentions.AgentAfter(view, match.End, clauseEnd, 4, knowledge.AgentPrepositions);
            var subject = _mentions.SubjectBefore(view, undergoing, subjectStart);
            if (subject >= 0)
            {
                targetMention = _mentions.SpecificIndex(view, subject);
                target = view.Mentions[targetMention].Mention.Actor;
                targetToken = view.Mentions[subject].StartToken;
            }
            else if (_clues.PairBefore(view, undergoing, subjectStart, references, counterparts.Ranked) is var (first, second))
            {
                target = first;
                otherTargets.Add(second);
            }

            if (target is not null && agent >= 0)
            {
                sourceMention = _mentions.SpecificIndex(view, agent);
                source = view.Mentions[sourceMention].Mention.Actor;
                sourceToken = view.Mentions[agent].StartToken;
            }
            else if (target is not null)
            {
                var parties = otherTargets.Select(o => o.CountryPart).Append(target.CountryPart).ToHashSet(StringComparer.Ordinal);
                var third = references.NearbyCountry(knowledge.MainCountries.Where(c => !parties.Contains(c)).ToHashSet(StringComparer.Ordinal), null, counterparts.Ranked) ??
                    counterparts.Ranked.FirstOrDefault(c => !parties.Contains(c));
                source = third is null ? null : ActorCode.Of(third, ActorRole.GOV);
                confidence -= 0.15;
            }

            if (source is null || target is null)
            {
                return null;
            }
        }

        return new ActorSlots(source, sourceMention, sourceToken, target, targetMention, targetToken, otherSources, otherTargets, confidence);
    }

    /// <summary>
    /// "workers conscripted by the army", "villagers forced into labour during Freedonia's occupation": the agent or ruler
    /// does it to the noun before; when that noun names no actor ("the women forced to work in Freedonian mines"), to the
    /// agent's counterpart (with the pattern's target role).
    /// </summary>
    private ActorSlots FromReducedPassive(TriggerClause clause, ActorSlots slots)
    {
        var (_, view, pattern, match, references, counterparts, _, clauseEnd, subjectStart, passive) = clause;
        var trigger = match.Start;
        var (source, sourceMention, sourceToken, target, targetMention, targetToken, otherSources, otherTargets, confidence) = slots;
        if (source is null && !pattern.Nominal && !passive && _clues.ReducedPassiveAgent(view, trigger, match.End, clauseEnd) is var (agentMention, ruler) &&
            HeadingMention(view, trigger, subjectStart) is var patient and >= 0)
        {
            // "workers conscripted by the army", "villagers forced into labour during Freedonia's occupation".
            source = ruler ?? _mentions.Specific(view, agentMention).Mention.Actor;
            sourceMention = ruler is null ? _mentions.SpecificIndex(view, agentMention) : -1;
            sourceToken = view.Mentions[patient].StartToken;
            targetMention = patient;
            target = view.Mentions[patient].Mention.Actor;
            targetToken = view.Mentions[agentMention].EndToken;
        }
        else if (source is null && !pattern.Nominal && !passive && trigger > 0 && view.MentionStartingAt(trigger - 1) < 0 && IsPlainNoun(view.Tokens[trigger - 1]) &&
                 _clues.ReducedPassiveAgent(view, trigger, match.End, clauseEnd) is (var agent, var rulerOf) &&
                 _nearbyCounterpart.Of(references, counterparts, rulerOf ?? view.Mentions[agent].Mention.Actor) is { } undergoer)
        {
            // "the women forced to work in Freedonian mines": a reduced passive after a noun that names no actor is done by
            // its agent to the agent's counterpart.
            source = rulerOf ?? _mentions.Specific(view, agent).Mention.Actor;
            sourceMention = rulerOf is null ? _mentions.SpecificIndex(view, agent) : -1;
            sourceToken = trigger;
            target = pattern.TargetRole == ActorRole.None ? undergoer : ActorCode.Of(undergoer.CountryPart, pattern.TargetRole);
            targetToken = view.Mentions[agent].EndToken;
            confidence -= 0.1;
        }

        return new ActorSlots(source, sourceMention, sourceToken, target, targetMention, targetToken, otherSources, otherTargets, confidence);
    }

    /// <summary>A lower-case word that is no function word: the noun a participle may follow ("women forced").</summary>
    private bool IsPlainNoun(WordToken word) =>
        !word.Capitalized && word.Lower.Length > 2 && char.IsLetter(word.Lower[0]) && !knowledge.Determiners.Contains(word.Lower) &&
        !knowledge.Prepositions.Contains(word.Lower) && !knowledge.PassiveAuxiliaries.Contains(word.Lower) && !knowledge.Pronouns.Contains(word.Lower);

    /// <summary>
    /// The noun phrase a reduced passive's participle follows: the clause's subject when it heads the participle
    /// ("workers conscripted by"), else the last mention that does, after a preposition too ("a dispute over Sylvanian
    /// women forced to work in Freedonian mines"); -1 when none does.
    /// </summary>
    private int HeadingMention(SentenceView view, int trigger, int subjectStart)
    {
        var subject = _mentions.SubjectBefore(view, trigger, subjectStart);
        if (subject >= 0 && _clues.IsHeadedBy(view, view.Mentions[subject].EndToken, trigger))
        {
            return subject;
        }

        for (var m = view.Mentions.Count - 1; m >= 0; m--)
        {
            if (view.Mentions[m].EndToken <= trigger && view.Mentions[m].StartToken >= subjectStart)
            {
                return _clues.IsHeadedBy(view, view.Mentions[m].EndToken, trigger) ? m : -1;
            }
        }

        return -1;
    }

    /// <summary>The participle of the first passive ("was issued", "were imposed") after an event noun in its clause, else -1.</summary>
    private int PassiveVerbAfter(SentenceView view, int from, int clauseEnd)
    {
        for (var k = from; k + 1 < clauseEnd; k++)
        {
            if (knowledge.PassiveAuxiliaries.Contains(view.Tokens[k].Lower) && _verbs.IsParticipleForm(view.Tokens[k + 1].Lower))
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "was invited by X", "a lawsuit brought by X against Y", "sharp criticism from X": the agent after a passive or
    /// an event noun; an agentless passive's subject undergoes the act of its counterpart.
    /// </summary>
    private ActorSlots FromAgent(TriggerClause clause, ActorSlots slots)
    {
        var (_, view, pattern, match, references, counterparts, _, clauseEnd, subjectStart, passive) = clause;
        var trigger = match.Start;
        var (source, sourceMention, sourceToken, target, targetMention, targetToken, otherSources, otherTargets, confidence) = slots;
        if (source is null && !pattern.Nominal && !passive && NounBeforeFrom(view, trigger, match.End, clauseEnd) is var fromAgent and >= 0)
        {
            // "despite protests from Sylvania": a verb's word used as a noun, after a preposition or determiner, with
            // "from" (or "by") and an actor right after it: that actor does it.
            sourceMention = _mentions.SpecificIndex(view, fromAgent);
            source = view.Mentions[sourceMention].Mention.Actor;
            sourceToken = view.Mentions[fromAgent].EndToken;
        }

        // "Sanctions were imposed on Ostrava by Fredville": a verb pattern's word right before a passive auxiliary stands as a noun.
        var noun = pattern.Nominal || match.End < clauseEnd && knowledge.PassiveAuxiliaries.Contains(view.Tokens[match.End].Lower);
        if (source is null && (passive || noun))
        {
            // "was invited by X", "a lawsuit brought by X against Y", "the war started by X".
            var agent = ClauseMentions.AgentAfter(view, pattern.Nominal ? trigger + 1 : match.End, clauseEnd, pattern.Nominal ? 4 : TargetClues.ObjectReach);
            if (agent < 0 && passive && trigger + 1 < match.End)
            {
                // "was warned by Rufus that its exports would suffer": a phrase that runs on past the participle has its "by" inside.
                agent = ClauseMentions.AgentAfter(view, trigger + 1, clauseEnd, 1);
            }

            if (agent < 0 && pattern.Nominal && match.End < clauseEnd && knowledge.AgentPrepositions.Contains(view.Tokens[match.End].Lower))
            {
                // "sharp criticism from Fredville", "a rebuke from Sylvaton": the actor right after "from" is the noun's source.
                agent = ClauseMentions.AgentAfter(view, match.End, clauseEnd, 3, knowledge.AgentPrepositions);
            }

            if (agent < 0 && noun && PassiveVerbAfter(view, match.End, clauseEnd) is var verb and >= 0)
            {
                // "An apology was issued on Friday by the Freedonian envoy", "a rally ... was held by farmers": the event
                // noun is the subject of a passive whose agent does the act.
                agent = ClauseMentions.AgentAfter(view, verb + 1, clauseEnd, 5);
            }

            if (agent < 0 && pattern.Nominal && pattern.Type is EventType.RETREAT or EventType.MOBILIZE or EventType.SANCTION or EventType.AID)
            {
                // "the lifting of Sylvania's export curbs": a measure undone is its owner's, the possessor inside the phrase.
                agent = PossessorWithin(view, trigger + 1, match.End);
            }

            if (agent >= 0)
            {
                sourceMention = _mentions.SpecificIndex(view, agent);
                source = view.Mentions[sourceMention].Mention.Actor;
                sourceToken = view.Mentions[agent].EndToken;
                var subject = passive ? _mentions.SubjectBefore(view, trigger, subjectStart, passive: true) : -1;
                if (subject >= 0 && target is null)
                {
                    targetMention = subject;
                    target = view.Mentions[subject].Mention.Actor;
                    targetToken = view.Mentions[subject].StartToken;
                }
            }
            else if (passive && !pattern.Symmetric && target is null && _verbs.IsParticipleForm(view.Tokens[trigger].Lower) &&
                (trigger + 1 >= view.Tokens.Count || !knowledge.StativeAfter.Contains(view.Tokens[trigger + 1].Lower)) &&
                _mentions.SubjectBefore(view, trigger, subjectStart) is var undergoer and >= 0 &&
                (pattern.Home ? HomeDoer(pattern, view.Mentions[undergoer].Mention.Actor) : _nearbyCounterpart.Of(references, counterparts, view.Mentions[undergoer].Mention.Actor)) is { } doer)
            {
                // "Sylvania was struck off the list": the subject of an agentless passive undergoes the act; the doer
                // is its counterpart nearby or in the article (for an act at home, "was impeached", its own country),
                // with less confidence.
                targetMention = _mentions.SpecificIndex(view, undergoer);
                target = view.Mentions[targetMention].Mention.Actor;
                targetToken = view.Mentions[undergoer].StartToken;
                source = doer;
                confidence -= 0.15;
            }
        }

        return new ActorSlots(source, sourceMention, sourceToken, target, targetMention, targetToken, otherSources, otherTargets, confidence);
    }

    /// <summary>
    /// "complained about Sylvania's fishing ban": a verb pattern's word right after a possessive ("'s"), with at most two
    /// lower-case modifiers between, stands as a noun, and the possessor does the act; else -1. A word in "-ed" after
    /// "'s" is a verb ("Sylvania's banned ..." is "has banned").
    /// </summary>
    private int PossessorOfVerbNoun(SentenceView view, int trigger, int clauseStart)
    {
        if (view.Tokens[trigger].Lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return -1;
        }

        var possessor = _mentions.PossessorBefore(view, trigger, clauseStart);
        var end = possessor >= 0 && !AfterOwningDeterminer(view, view.Mentions[possessor].StartToken) ? view.Mentions[possessor].EndToken : -1;
        return end >= 0 && ClauseMentions.IsPossessiveAt(view, end) && ClauseMentions.OnlyModifiersBetween(view, end + 1, trigger) ? possessor : -1;
    }

    /// <summary>
    /// "Fredville joined Sylvania in condemning Ostrava": when the act's subject is the object of a joining verb
    /// (<c>joining_verbs</c>) and "in" stands between it and the trigger, the joining verb's subject, else -1.
    /// </summary>
    private int JoinerOf(SentenceView view, int subject, int trigger, int subjectStart)
    {
        var start = view.Mentions[subject].StartToken;
        var end = view.Mentions[subject].EndToken;
        if (end + 1 != trigger || view.Tokens[end].Lower != "in" || start < 1 || !knowledge.JoiningVerbs.Contains(view.Tokens[start - 1].Stem))
        {
            return -1;
        }

        return _mentions.SubjectBefore(view, start - 1, subjectStart);
    }

    /// <summary>"its Supreme Court's rulings": a mention after a determiner other than an article (a possessive pronoun,
    /// "this") takes its country from what that word refers to, not from its own name.</summary>
    private bool AfterOwningDeterminer(SentenceView view, int start) =>
        start > 0 && knowledge.Determiners.Contains(view.Tokens[start - 1].Lower) && view.Tokens[start - 1].Lower is not ("the" or "a" or "an");

    /// <summary>The first mention with a possessive mark that starts and ends within [<paramref name="from"/>, <paramref name="end"/>), else -1.</summary>
    private static int PossessorWithin(SentenceView view, int from, int end)
    {
        for (var m = 0; m < view.Mentions.Count; m++)
        {
            var mention = view.Mentions[m];
            if (mention.StartToken >= from && mention.EndToken < end && ClauseMentions.IsPossessiveAt(view, mention.EndToken))
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>
    /// "a three-way summit with Sylvanian Premier Ludmila": a group act's partner named after "with" right after it is one of
    /// the three, in place of the group's least-named country.
    /// </summary>
    private static IReadOnlyList<string> WithPartner(SentenceView view, int end, int clauseEnd, IReadOnlyList<string> group)
    {
        var partner = ClauseMentions.AgentAfter(view, end, clauseEnd, 1, WithWords);
        if (partner < 0 || view.Mentions[partner].Mention.Actor is { IsInternationalBody: true } || group.Contains(view.Mentions[partner].Mention.Actor.CountryPart))
        {
            return group;
        }

        return [.. group.Take(group.Count - 1), view.Mentions[partner].Mention.Actor.CountryPart];
    }

    /// <summary>The parties of the last joint act nearby: its group of three, else its pair; null when there is none.</summary>
    private static List<ActorCode>? JointParties(ReferenceTracker references) =>
        references.JointGroup() is { } group ? group.Select(c => ActorCode.Of(c, ActorRole.GOV)).ToList() :
        references.Pair() is var (first, second) ? [first, second] : null;

    /// <summary>
    /// The actor right after "from" or "by" (<c>agent_prepositions</c>, past a determiner) that follows a trigger word standing as a noun: right after a
    /// preposition or determiner ("despite protests from Sylvania", "a rebuke from Fredville"), or a plural after a
    /// lower-case word ("drawing swift protests from Sylvania"); else -1.
    /// </summary>
    private int NounBeforeFrom(SentenceView view, int trigger, int end, int clauseEnd)
    {
        if (trigger == 0 || end >= clauseEnd || !knowledge.AgentPrepositions.Contains(view.Tokens[end].Lower))
        {
            return -1;
        }

        // "despite protests from", "a rebuke from", and a plural after a modifier: "drawing swift protests from".
        var before = view.Tokens[trigger - 1];
        var noun = knowledge.Prepositions.Contains(before.Lower) || knowledge.Determiners.Contains(before.Lower) ||
            view.Tokens[trigger].Lower.EndsWith('s') && !before.Capitalized && char.IsLetter(before.Lower[0]) && !knowledge.Pronouns.Contains(before.Lower) &&
            view.MentionStartingAt(trigger - 1) < 0;
        return noun ? ClauseMentions.AgentAfter(view, end, clauseEnd, 3, knowledge.AgentPrepositions) : -1;
    }

    /// <summary>
    /// "In his talks with Ludmila he pressed for ...": a "he" or "she" whose sentence names persons before it only after
    /// prepositions (<see cref="SourceClues.PersonSubjectBefore"/> found none) is not one of them but the person named
    /// before the sentence.
    /// </summary>
    private static ActorCode? GovernedPersonBefore(SentenceView view, ReferenceTracker references, string pronoun, int at) =>
        pronoun is "he" or "she" && SourceClues.NamesPersonBefore(view, at) ? references.PersonBefore(view.Span.Start) : null;

    /// <summary>The doer of an agentless passive act at home ("the president was impeached"): the undergoer's own country in the pattern's source role.</summary>
    private static ActorCode HomeDoer(EventPattern pattern, ActorCode undergoer) =>
        ActorCode.Of(undergoer.CountryPart, pattern.SourceRole == ActorRole.None ? ActorRole.GOV : pattern.SourceRole);

    /// <summary>
    /// The source the words before the trigger name: a possessor or subject, a pair phrase, a pair pronoun, a pronoun,
    /// the speaker of a reporting verb, or a description of a person or a state.
    /// </summary>
    private ActorSlots FromClause(TriggerClause clause, ActorSlots slots)
    {
        var (document, view, pattern, match, references, counterparts, clauseStart, clauseEnd, subjectStart, passive) = clause;
        var trigger = match.Start;
        var (source, sourceMention, sourceToken, target, targetMention, targetToken, otherSources, otherTargets, confidence) = slots;
        if (source is null)
        {
            var possessor = pattern.Nominal ? _mentions.PossessorBefore(view, trigger, clauseStart) : PossessorOfVerbNoun(view, trigger, clauseStart);
            var forum = possessor >= 0 && knowledge.VenueTypes.Contains(pattern.Type) && view.Mentions[possessor].Mention.Actor.IsInternationalBody;
            if (forum)
            {
                // "Sylvania's WTO case against Freedonia": a body named before a complaint is its forum; the possessor before it files it.
                possessor = _mentions.PossessorBefore(view, view.Mentions[possessor].StartToken, clauseStart);
            }

            var participle = possessor < 0 && !forum && !pattern.Nominal && !passive ? _clues.ParticipleSubject(view, trigger, clauseStart) : -1;
            participle = possessor < 0 && !forum && !pattern.Nominal && _clues.CausedSubject(view, trigger) is var caused and >= 0 ? caused : participle;
            // "Fredville criticized Sylvania before imposing tariffs": a gerund after "before", "by" and the like is done by
            // the sentence's subject (a pronoun one resolved below), not by the object nearest it.
            var gerundPronoun = possessor < 0 && !forum && !pattern.Nominal && !passive
                ? _clues.GerundPronoun(view, trigger) ?? (participle < 0 ? _clues.ParticiplePronoun(view, trigger, clauseStart) : null)
                : null;
            var gerund = possessor < 0 && !forum && !pattern.Nominal && !passive && participle < 0 ? _clues.GerundSubject(view, trigger) : -1;
            var subject = possessor >= 0 ? possessor : forum ? -1 : participle >= 0 ? participle : gerund >= 0 ? gerund
                : gerundPronoun is not null ? -1 : _mentions.SubjectBefore(view, trigger, subjectStart);
            // "He visited Fredville and apologised": the object of the verb before "and" is not the later verb's subject.
            // "Rufus telephoned Trentino to offer condolences": the caller offers them, not the one called.
            var firstVerb = subject >= 0 && possessor < 0 && participle < 0 && gerund < 0 && !pattern.Nominal && !passive
                ? Math.Max(_mentions.ObjectOfCoordinatedVerb(view, trigger, subject, subjectStart), _mentions.ObjectBeforePurpose(view, trigger, subject, subjectStart)) : -1;
            if (firstVerb >= 0)
            {
                subject = _mentions.SubjectBefore(view, firstVerb, subjectStart);
            }

            if (subject >= 0 && possessor < 0 && view.Mentions[subject].EndToken + 2 <= trigger && _clues.PairBefore(view, trigger, view.Mentions[subject].EndToken, references, counterparts.Ranked) is not null)
            {
                // "he met Rufus in Fredville and the two sides settled ...": a pair phrase after the mention is the nearer subject.
                subject = -1;
            }

            if (subject < 0 && !forum && !pattern.Nominal && !passive)
            {
                // "Ruritania, which fired two missiles": the relative clause is about the mention before it; "a panel of
                // the Ostrava High Court ordered": the subject is part of the body named after "of".
                subject = _clues.RelativeAntecedent(view, trigger, clauseStart);
                subject = subject >= 0 || gerundPronoun is not null ? subject : _clues.BodyOfSubject(view, trigger, clauseStart);
                subject = subject >= 0 || gerundPronoun is not null ? subject : _clues.OfficeHolderSubject(view, trigger, clauseStart);
            }

            if (subject >= 0)
            {
                sourceMention = _mentions.SpecificIndex(view, subject);
                source = view.Mentions[sourceMention].Mention.Actor;
                sourceToken = view.Mentions[subject].StartToken;
                if (JoinerOf(view, subject, trigger, subjectStart) is var joiner and >= 0 &&
                    view.Mentions[_mentions.SpecificIndex(view, joiner)].Mention.Actor is var joined && !joined.Equals(source))
                {
                    // "Fredville joined Sylvania in condemning Ostrava": both condemn it.
                    otherSources.Add(joined);
                }
            }
            else if (pattern.Symmetric && _clues.GroupBefore(view, trigger, clauseStart) && references.Group(counterparts.Ranked) is { } group)
            {
                // "the trilateral summit", "the three leaders met", "the leaders of the three countries will hold": a joint
                // act of the three main countries named nearby (before a pair phrase: "the leaders" of three).
                var parties = WithPartner(view, match.End, clauseEnd, group).Where(c => target is null || c != target.CountryPart).Select(c => ActorCode.Of(c, ActorRole.GOV)).ToList();
                source = parties[0];
                target ??= parties[1];
                otherTargets.AddRange(parties.Skip(1).Where(p => !p.Equals(target)));
                confidence -= 0.1;
            }
            else if (_clues.PairBefore(view, trigger, clauseStart, references, counterparts.Ranked) is var (first, second))
            {
                // "the two leaders met": one event between them; "both governments protested": one event each.
                source = first;
                if (pattern.Symmetric && target is null)
                {
                    target = second;
                }
                else
                {
                    // "the two leaders joined Ostrava's president": a joint act of the pair with a third party, one event per pair.
                    otherSources.Add(second);
                }
            }
            else if (pattern.Symmetric && _clues.PairPronounBefore(view, trigger, clauseStart) && references.Pair() is var (one, another))
            {
                // "when they agreed": a joint action of the last pair.
                source = one;
                if (target is null)
                {
                    target = another;
                }
                else
                {
                    // "they joined Ostrava's president for a summit": the pair and the third party, one event per pair.
                    otherSources.Add(another);
                }

                confidence -= 0.1;
            }
            else if (_clues.PronounBefore(view, firstVerb >= 0 ? firstVerb : trigger, clauseStart) is var (pronoun, at, opensSentence) &&
                (_clues.PersonSubjectBefore(view, pronoun, at) ?? _clues.InstitutionSubjectBefore(view, pronoun, at) ?? GovernedPersonBefore(view, references, pronoun, at) ??
                 references.Pronoun(pronoun, opensSentence)) is { } resolved)
            {
                source = resolved;
                confidence -= 0.1;
            }
            else if (gerundPronoun is not null && references.Pronoun(gerundPronoun, opensSentence: true) is { } doer)
            {
                // "He made Fredville his first stop, before travelling on to Sylvaton": the gerund's doer is the sentence's pronoun subject.
                source = doer;
                confidence -= 0.1;
            }
            else if (!pattern.Symmetric && !pattern.Nominal && !passive && _clues.ReportedSpeaker(view, trigger, clauseStart) is var speaker and >= 0)
            {
                // "Freedonian officials said they expected Sylvania to ...": "they" right after a reporting verb is its subject.
                sourceMention = _mentions.SpecificIndex(view, speaker);
                source = view.Mentions[sourceMention].Mention.Actor;
                sourceToken = view.Mentions[speaker].StartToken;
                confidence -= 0.1;
            }
            else if (!pattern.Symmetric && !pattern.Nominal && _clues.PairPronounBefore(view, trigger, clauseStart) && references.Plural() is { } plural)
            {
                // "The plaintiffs lost. They filed again": "they" acting alone is the group, or the pair, named last.
                source = plural[0];
                otherSources.AddRange(plural.Skip(1));
                confidence -= 0.1;
            }
            else if (!pattern.Symmetric && !pattern.Nominal && !passive && _clues.JointStatementBefore(view, trigger, clauseStart) && JointParties(references) is { } parties)
            {
                // "The joint statement condemned ...": the document speaks for the parties of the last joint act, one event each.
                source = parties[0];
                otherSources.AddRange(parties.Skip(1).Where(p => target is null || p.CountryPart != target.CountryPart));
                confidence -= 0.1;
            }
            else if (!pattern.Nominal && !passive && _clues.DescriptionBefore(view, trigger, clauseStart) is var (kind, title) &&
                (kind switch
                {
                    DescriptionKind.Person => references.DescribedPerson(title, document.Text),
                    DescriptionKind.State => references.DescribedState(),
                    _ => references.DescribedBody(title, document.Text),
                }) is { } described)
            {
                // "The foreign minister later criticized ...", "the ministry summoned ...", "the assembly impeached ...": a
                // role noun for the actor named before.
                source = described;
                confidence -= 0.15;
            }
        }

        return new ActorSlots(source, sourceMention, sourceToken, target, targetMention, targetToken, otherSources, otherTargets, confidence);
    }
}
