using NodaTime;
using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Time;
using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// Codes events, PETRARCH-style: in each sentence it looks for trigger phrases of the pattern dictionary,
/// drops those an opinion, hypothetical, negation, question or standing-condition cue governs, fills source
/// and target from the pattern's slots or from the clause (subject before the trigger, object after it,
/// possessive before a noun, "by" after a passive), dates the event (<see cref="EventDating"/>: the nearest time expression, else the
/// publication month; a nominal event needs a stated date), marks it planned on a future cue, and picks its
/// issue from keywords. An event the sentence does not date is dated from the almanac when an entry fits it
/// (<see cref="AlmanacDating"/>), else, in a report dated to the day, an undated past-tense event by its paragraph's
/// named day or, in the opening paragraphs, the publication day (<see cref="NewsDay"/>), else by the publication month. Needs sentences, actors and times; writes events.
/// </summary>
public sealed class EventCoder(CodingKnowledge knowledge, AlmanacDating? almanac = null) : IPipelineComponent
{
    private readonly AlmanacDating _almanac = almanac ?? AlmanacDating.None;
    private readonly EventDating _dating = new(knowledge);

    /// <summary>How many tokens after a trigger the coder looks for its object.</summary>
    private const int ObjectReach = 12;

    /// <summary>How many tokens of modifiers may stand between a possessive and its noun ("Seoul's recent withdrawal").</summary>
    private const int PossessiveReach = 6;

    /// <summary>How many tokens after an event noun the coder looks for its object ("talks with Sylvania", "a visit to the capital of Sylvania").</summary>
    private const int NounObjectReach = 12;

    /// <summary>A noun this close after another trigger is that trigger's object ("withdrawal from the agreement").</summary>
    private const int GovernedReach = 3;

    public string Name => "event-coder";

    public IReadOnlyList<string> Assigns { get; } = ["events"];

    public void Process(TextDocument document)
    {
        var references = new ReferenceTracker();
        var counterparts = Counterparts.Of(document, knowledge.MainCountries);
        var newsDay = new NewsDay(document, knowledge);
        var views = SentenceViewBuilder.Build(document, knowledge);
        var issues = new IssuePicker(knowledge, views);
        foreach (var view in views)
        {
            references.EnterParagraph(view.Paragraph);
            newsDay.Enter(view);
            var question = view.Tokens.Count > 0 && view.Tokens[^1].Lower == "?";
            var nextMention = 0;
            var lastTriggerEnd = -100;
            var askedFor = -1;
            var lastVerb = (End: -100, Type: EventType.AGREE);
            for (var i = 0; i < view.Tokens.Count; i++)
            {
                while (nextMention < view.Mentions.Count && view.Mentions[nextMention].StartToken <= i)
                {
                    references.Saw(view.Mentions[nextMention].Mention);
                    nextMention++;
                }

                if (!knowledge.PatternsByAnchor.TryGetValue(view.Tokens[i].Stem, out var candidates) || IsInsideName(view, i))
                {
                    continue;
                }

                foreach (var pattern in candidates)
                {
                    var match = PhraseMatcher.Match(pattern.Phrase, view, i, view.Tokens.Count);
                    if (match is null)
                    {
                        continue;
                    }

                    var governed = pattern.Nominal && IsGoverned(view, lastTriggerEnd, i);
                    var asked = i == askedFor || IsPurposeOf(view, pattern, i, lastVerb) || IsConcessionAgreed(view, pattern, i, match.End);
                    lastTriggerEnd = match.End;
                    lastVerb = pattern.Nominal ? lastVerb : (match.End, pattern.Type);
                    askedFor = pattern.Type == EventType.REQUEST ? ComplementVerb(view, i + 1, match.End + ObjectReach) : askedFor;
                    if (!question && !asked && (!governed || HasOwnDate(view, i)))
                    {
                        var coded = Code(document, view, pattern, match, references, counterparts, newsDay, issues);
                        foreach (var one in coded)
                        {
                            references.SawSource(one.Source);
                            document.Events.Add(one);
                        }

                        if (pattern.Symmetric && coded.Count > 0)
                        {
                            references.SawJoint(coded[0].Source, coded[0].Target);
                        }
                    }

                    i = match.End - 1;
                    break;
                }
            }

            NoteCoordinated(view, references);
        }
    }

    private void NoteCoordinated(SentenceView view, ReferenceTracker references)
    {
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

    /// <summary>
    /// "withdrawal from the agreement", "a boycott of imports": a noun trigger a few words after another trigger,
    /// linked to it by a preposition with no punctuation between, is that trigger's object, not an event of its own.
    /// </summary>
    private bool IsGoverned(SentenceView view, int previousEnd, int trigger)
    {
        if (previousEnd <= 0 || trigger - previousEnd > GovernedReach || trigger < previousEnd)
        {
            return false;
        }

        var preposition = knowledge.Prepositions.Contains(view.Tokens[previousEnd - 1].Lower);
        for (var k = previousEnd; k < trigger; k++)
        {
            var lower = view.Tokens[k].Lower;
            if (!char.IsLetterOrDigit(lower[0]))
            {
                return false;
            }

            preposition |= knowledge.Prepositions.Contains(lower);
        }

        return preposition;
    }

    /// <summary>
    /// The verb of a request's complement ("urged Sylvania to withdraw", "demanded that Sylvania apologize"):
    /// the first trigger word a few words after a complement word between
    /// <paramref name="from"/> and <paramref name="reach"/>, past the complement's own subject; else -1.
    /// </summary>
    private int ComplementVerb(SentenceView view, int from, int reach)
    {
        if (from >= view.Tokens.Count)
        {
            return -1;
        }

        var clauseEnd = view.ClauseEnd(Math.Max(0, from - 1));
        for (var k = from; k < Math.Min(clauseEnd, reach); k++)
        {
            if (!knowledge.RequestComplements.Contains(view.Tokens[k].Lower))
            {
                continue;
            }

            var at = k + 1;
            while (at < clauseEnd && knowledge.Determiners.Contains(view.Tokens[at].Lower))
            {
                at++;
            }

            at = view.MentionStartingAt(at) is var subject and >= 0 ? view.Mentions[subject].EndToken : k + 1;
            for (var v = at; v < Math.Min(clauseEnd, at + 3); v++)
            {
                if (knowledge.PatternsByAnchor.ContainsKey(view.Tokens[v].Stem))
                {
                    return v;
                }
            }

            return -1;
        }

        return -1;
    }

    /// <summary>
    /// "summoned the ambassador to protest the decision", "met to discuss", "threatened to cut ties": a verb after
    /// "to" a few words after another verb trigger of its clause says what that act was for or about, not another
    /// act, when it is a complaint, the same kind of act, or what was threatened or ordered ("pressed Sylvania to reverse its
    /// decision to withdraw" keeps the withdrawal, "agreed to lift the curbs" the lifting).
    /// </summary>
    private static bool IsPurposeOf(SentenceView view, EventPattern pattern, int trigger, (int End, EventType Type) previous) =>
        !pattern.Nominal && trigger > 0 && view.Tokens[trigger - 1].Lower == "to" &&
        (pattern.Type is EventType.ACCUSE or EventType.PROTEST || pattern.Type == previous.Type || previous.Type is EventType.THREATEN or EventType.SANCTION) &&
        previous.End > 0 && previous.End <= trigger && trigger - previous.End < ObjectReach && view.ClauseOf[previous.End - 1] == view.ClauseOf[trigger];

    /// <summary>
    /// "agreed to pay compensation", "agreed to lift the curbs": agreeing to one's own concession is that concession
    /// (coded from the complement, of a type listed in <c>agreed_concessions</c>), not an agreement.
    /// </summary>
    private bool IsConcessionAgreed(SentenceView view, EventPattern pattern, int trigger, int end)
    {
        if (pattern.Type != EventType.AGREE || pattern.Nominal || end >= view.Tokens.Count || view.Tokens[end - 1].Lower != "to")
        {
            return false;
        }

        for (var i = 0; i < knowledge.Patterns.Count; i++)
        {
            var other = knowledge.Patterns[i];
            if (!other.Nominal && knowledge.AgreedConcessions.Contains(other.Type) && PhraseMatcher.Match(other.Phrase, view, end, view.ClauseEnd(end)) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A date right before a noun trigger ("the 2015 agreement") makes it an event of its own.</summary>
    private static bool HasOwnDate(SentenceView view, int trigger) =>
        view.Times.Any(t => t.EndToken <= trigger && trigger - t.EndToken <= 1);

    /// <summary>
    /// A trigger word inside a name of several words ("Cooperation Foundation", "the Freedonia-Sylvania Trade
    /// Council") is not a trigger: a name that starts at the word, or an organisation's name around it.
    /// </summary>
    private static bool IsInsideName(SentenceView view, int token)
    {
        foreach (var mention in view.Mentions)
        {
            if (mention.StartToken > token)
            {
                break;
            }

            if (token < mention.EndToken && mention.EndToken - mention.StartToken > 1 &&
                (mention.StartToken == token || mention.Mention.Kind == MentionKind.Organisation))
            {
                return true;
            }
        }

        return false;
    }

    private List<CodedEvent> Code(TextDocument document, SentenceView view, EventPattern pattern, PhraseMatch match, ReferenceTracker references, Counterparts counterparts, NewsDay newsDay, IssuePicker issues)
    {
        var trigger = match.Start;
        if (knowledge.Cue("opinion").Applies(view, trigger, match.End) ||
            knowledge.Cue("hypothetical").Applies(view, trigger, match.End) ||
            knowledge.Cue("negation").Applies(view, trigger, match.End) || knowledge.Cue("negation").AnyIn(view, trigger + 1, match.End) ||
            knowledge.Cue("standing").Applies(view, trigger, match.End))
        {
            return [];
        }

        // "the region would suffer" is hypothetical; "Seoul said it would file a complaint" reports a plan.
        var reported = knowledge.Cue("reported_future").AppliesBefore(view, trigger);
        if (!reported && knowledge.Cue("conditional").Applies(view, trigger, match.End))
        {
            return [];
        }

        if (pattern.Nominal && match.SourceMention is null && IsGeneric(view, trigger))
        {
            // "a focus of cooperation", "room for talks": a kind of action, not an event.
            return [];
        }

        var clauseStart = view.ClauseStart(trigger);
        var clauseEnd = view.ClauseEnd(trigger);
        var confidence = 0.6;

        var sourceMention = match.SourceMention is { } s ? SpecificIndex(view, s) : -1;
        var targetMention = match.TargetMention is { } t ? SpecificIndex(view, t) : -1;
        ActorCode? source = sourceMention >= 0 ? view.Mentions[sourceMention].Mention.Actor : null;
        ActorCode? target = targetMention >= 0 ? view.Mentions[targetMention].Mention.Actor : null;
        List<ActorCode> otherSources = [];
        List<ActorCode> otherTargets = [];
        int? sourceToken = match.SourceMention is { } s2 ? view.Mentions[s2].StartToken : null;
        int? targetToken = match.TargetMention is { } t2 ? view.Mentions[t2].EndToken : null;
        if (pattern.Symmetric && targetMention >= 0 && IsPlace(view, targetMention))
        {
            // "met near Fredville": a place the slot took is the other party only when the clause names none (below).
            (target, targetMention, targetToken) = (null, -1, null);
        }

        if (source is not null && target is not null)
        {
            confidence += 0.15;
        }

        if (!pattern.Nominal && IsRelativeClauseVerb(view, trigger))
        {
            // "regulations that threaten jobs": the subject is the noun before "that", not an actor.
            return [];
        }

        // "Yoon and Kishida, who are pressing ahead...": a clause opened by a relative pronoun takes its
        // subject from the words before it.
        var subjectStart = knowledge.RelativePronouns.Contains(view.Tokens[clauseStart].Lower) && clauseStart > 0
            ? view.ClauseStart(clauseStart - 1)
            : clauseStart;
        if (!pattern.Nominal && IsStandingDescription(view, pattern, trigger, match.End, subjectStart))
        {
            // "a regime which suppresses dissent", "Freedonia's rise threatens Sylvania": a description, not news.
            return [];
        }

        var passive = !pattern.Nominal && IsPassive(view, trigger);
        var undergoing = source is null ? UndergoingAt(view, trigger, subjectStart) : -1;
        if (undergoing >= 0)
        {
            // "Seoul is under pressure from Washington", "both are under pressure": the subject receives the action.
            var agent = PossessorBefore(view, trigger, undergoing);
            agent = agent >= 0 ? agent : AgentAfter(view, match.End, clauseEnd, 4, knowledge.AgentPrepositions);
            var subject = SubjectBefore(view, undergoing, subjectStart);
            if (subject >= 0)
            {
                targetMention = SpecificIndex(view, subject);
                target = view.Mentions[targetMention].Mention.Actor;
                targetToken = view.Mentions[subject].StartToken;
            }
            else if (PairBefore(view, undergoing, subjectStart, knowledge, references) is var (first, second))
            {
                target = first;
                otherTargets.Add(second);
            }

            if (target is not null && agent >= 0)
            {
                sourceMention = SpecificIndex(view, agent);
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
                return [];
            }
        }

        if (source is null && !pattern.Nominal && !passive && ReducedPassiveAgent(view, trigger, match.End, clauseEnd) is var (agentMention, ruler) &&
            SubjectBefore(view, trigger, subjectStart) is var patient and >= 0 && IsHeadedBy(view, view.Mentions[patient].EndToken, trigger))
        {
            // "workers conscripted by the army", "villagers forced into labour during Freedonia's occupation".
            source = ruler ?? Specific(view, agentMention).Mention.Actor;
            sourceMention = ruler is null ? SpecificIndex(view, agentMention) : -1;
            sourceToken = view.Mentions[patient].StartToken;
            targetMention = patient;
            target = view.Mentions[patient].Mention.Actor;
            targetToken = view.Mentions[agentMention].EndToken;
        }

        if (source is null && (passive || pattern.Nominal))
        {
            // "was invited by X", "a lawsuit brought by X against Y", "the war started by X".
            var agent = AgentAfter(view, pattern.Nominal ? trigger + 1 : match.End, clauseEnd, pattern.Nominal ? 4 : ObjectReach);
            if (agent < 0 && pattern.Nominal && match.End < clauseEnd && knowledge.AgentPrepositions.Contains(view.Tokens[match.End].Lower))
            {
                // "sharp criticism from Fredville", "a rebuke from Sylvaton": the actor right after "from" is the noun's source.
                agent = AgentAfter(view, match.End, clauseEnd, 3, knowledge.AgentPrepositions);
            }

            if (agent >= 0)
            {
                sourceMention = SpecificIndex(view, agent);
                source = view.Mentions[sourceMention].Mention.Actor;
                sourceToken = view.Mentions[agent].EndToken;
                var subject = passive ? SubjectBefore(view, trigger, subjectStart) : -1;
                if (subject >= 0 && target is null)
                {
                    targetMention = subject;
                    target = view.Mentions[subject].Mention.Actor;
                    targetToken = view.Mentions[subject].StartToken;
                }
            }
            else if (passive && !pattern.Symmetric && target is null && IsParticipleForm(view.Tokens[trigger].Lower) &&
                (trigger + 1 >= view.Tokens.Count || !knowledge.StativeAfter.Contains(view.Tokens[trigger + 1].Lower)) &&
                SubjectBefore(view, trigger, subjectStart) is var undergoer and >= 0 &&
                Counterpart(references, counterparts, view.Mentions[undergoer].Mention.Actor) is { } doer)
            {
                // "Sylvania was struck off the list": the subject of an agentless passive undergoes the act; the doer
                // is its counterpart nearby or in the article, with less confidence.
                targetMention = SpecificIndex(view, undergoer);
                target = view.Mentions[targetMention].Mention.Actor;
                targetToken = view.Mentions[undergoer].StartToken;
                source = doer;
                confidence -= 0.15;
            }
        }

        if (source is null)
        {
            var possessor = pattern.Nominal ? PossessorBefore(view, trigger, clauseStart) : -1;
            var forum = possessor >= 0 && knowledge.VenueTypes.Contains(pattern.Type) && view.Mentions[possessor].Mention.Actor.IsInternationalBody;
            if (forum)
            {
                // "Sylvania's WTO case against Freedonia": a body named before a complaint is its forum; the possessor before it files it.
                possessor = PossessorBefore(view, view.Mentions[possessor].StartToken, clauseStart);
            }

            var subject = possessor >= 0 ? possessor : forum ? -1 : SubjectBefore(view, trigger, subjectStart);
            if (subject >= 0)
            {
                sourceMention = SpecificIndex(view, subject);
                source = view.Mentions[sourceMention].Mention.Actor;
                sourceToken = view.Mentions[subject].StartToken;
            }
            else if (PairBefore(view, trigger, clauseStart, knowledge, references) is var (first, second))
            {
                // "the two leaders met": one event between them; "both governments protested": one event each.
                source = first;
                if (pattern.Symmetric)
                {
                    target ??= second;
                }
                else
                {
                    otherSources.Add(second);
                }
            }
            else if (pattern.Symmetric && PairPronounBefore(view, trigger, clauseStart) && references.Pair() is var (one, another))
            {
                // "when they agreed": a joint action of the last pair.
                source = one;
                target ??= another;
                confidence -= 0.1;
            }
            else if (PronounBefore(view, trigger, clauseStart) is { } pronoun && references.Pronoun(pronoun) is { } resolved)
            {
                source = resolved;
                confidence -= 0.1;
            }
            else if (!pattern.Symmetric && !pattern.Nominal && !passive && ReportedSpeaker(view, trigger, clauseStart) is var speaker and >= 0)
            {
                // "Freedonian officials said they expected Sylvania to ...": "they" right after a reporting verb is its subject.
                sourceMention = SpecificIndex(view, speaker);
                source = view.Mentions[sourceMention].Mention.Actor;
                sourceToken = view.Mentions[speaker].StartToken;
                confidence -= 0.1;
            }
            else if (!pattern.Nominal && !passive && DescriptionBefore(view, trigger, clauseStart) is var (person, title) &&
                (person ? references.DescribedPerson(title, document.Text) : references.DescribedState()) is { } described)
            {
                // "The foreign minister later criticized ...", "the ministry summoned ...": a role noun for the actor named before.
                source = described;
                confidence -= 0.15;
            }
        }

        if (target is null && source is not null)
        {
            // The object may stand inside the phrase's gap ("froze Sylvanian assets", "summoned the Sylvanian ambassador").
            var after = ObjectAfter(view, trigger + 1, ObjectLimit(view, pattern, match, clauseEnd), source, sourceMention, pattern.Phrase, match.End);
            if (after >= 0 && sourceMention >= 0 && !pattern.Symmetric && Coordinated(view, sourceMention).Contains(view.Mentions[after].Mention.Actor))
            {
                // "criticism from Fredville and Sylvaton over ...": a party joined to the source is another source, not the target.
                after = ObjectAfter(view, view.Mentions[after].EndToken, ObjectLimit(view, pattern, match, clauseEnd), source, sourceMention, pattern.Phrase, match.End);
            }

            var partner = pattern.Symmetric ? OtherBefore(view, trigger, subjectStart, source) : -1;
            if (after >= 0 && pattern.Symmetric && view.Mentions[after].StartToken > match.End + 2 && sourceMention >= 0 &&
                Coordinated(view, sourceMention).Any(c => c.CountryPart != source.CountryPart))
            {
                // "Rufus and Ludmila will meet on the sidelines of the summit with Ostrava": the joined subjects are the
                // parties; an actor further on belongs to another noun, not to the meeting.
                after = -1;
            }

            if (after >= 0 && partner >= 0 && IsPlace(view, after) && !AfterPreposition(view, view.Mentions[partner].StartToken, subjectStart))
            {
                // "Kono and his counterpart Kang met near Beijing": the place of a joint act is not its other party.
                targetMention = SpecificIndex(view, partner);
                target = view.Mentions[targetMention].Mention.Actor;
            }
            else if (after >= 0 && IsVenue(view, pattern, after) &&
                ObjectAfter(view, view.Mentions[after].EndToken, ObjectLimit(view, pattern, match, clauseEnd), source, sourceMention) is var accusedAfter and >= 0)
            {
                // "complained to the WTO about Sylvania": the body is the forum; the complaint is against the actor named after it.
                targetMention = SpecificIndex(view, accusedAfter);
                target = view.Mentions[targetMention].Mention.Actor;
                targetToken = view.Mentions[accusedAfter].EndToken;
            }
            else if (after >= 0 && IsVenue(view, pattern, after) && Counterpart(references, counterparts, source) is { } accused)
            {
                // "filed a complaint with the WTO": the body is the forum; the complaint is against the counterpart.
                target = accused;
                targetToken = view.Mentions[after].EndToken;
            }
            else if (after >= 0)
            {
                targetMention = SpecificIndex(view, after);
                target = view.Mentions[targetMention].Mention.Actor;
                targetToken = view.Mentions[after].EndToken;
            }
            else if (pattern.Symmetric && OtherBefore(view, trigger, subjectStart, source) is var other and >= 0)
            {
                target = view.Mentions[other].Mention.Actor;
            }
            else if (!pattern.Symmetric && ObjectPair(view, match.End, clauseEnd, source, references, counterparts) is var (one, another))
            {
                // "Freedonia urged both governments to ...": one event toward each of the two other countries in view.
                target = one;
                otherTargets.Add(another);
                confidence -= 0.1;
            }
            else if (!pattern.Symmetric && (pattern.Home || knowledge.HomeTargetRoles.Contains(source.Role)))
            {
                // "The opposition leader called the plan a humiliation", "declared martial law": an untargeted act at home.
                target = pattern.Home ? ActorCode.Of(source.CountryPart) : ActorCode.Of(source.CountryPart, ActorRole.GOV);
                confidence -= 0.15;
            }
            else if (Counterpart(references, counterparts, source) is { } counterpart)
            {
                // No target in the clause: the other country named most nearby, else the source's counterpart in the article.
                target = counterpart;
                confidence -= 0.15;
            }
        }
        else if (source is null && pattern.Symmetric)
        {
            // A joint action with one party named ("a visit to Japan", "the 2023 summit with Seoul"), or none
            // but a stated date ("the 2015 agreement"): the other party is the article's main counterpart.
            var after = ObjectAfter(view, trigger + 1, ObjectLimit(view, pattern, match, clauseEnd), null, -1, pattern.Phrase, match.End);
            target ??= after >= 0 ? Specific(view, after).Mention.Actor : null;
            if (target is not null)
            {
                source = counterparts.Of(target);
                confidence -= 0.15;
            }
            else if ((HasOwnDate(view, trigger) || IsDatedParticiple(view, trigger, match.End, passive)) && references.NearbyCountry(knowledge.MainCountries, null, counterparts.Ranked) is { } last &&
                Counterpart(references, counterparts, ActorCode.Of(last)) is { } other)
            {
                // "the 2015 agreement": between the country named most nearby and its counterpart.
                source = ActorCode.Of(last, ActorRole.GOV);
                target = other;
                confidence -= 0.2;
            }
            else if ((HasOwnDate(view, trigger) || IsDatedParticiple(view, trigger, match.End, passive)) && counterparts.Ranked.Count >= 2)
            {
                source = ActorCode.Of(counterparts.Ranked[0], ActorRole.GOV);
                target = ActorCode.Of(counterparts.Ranked[1], ActorRole.GOV);
                confidence -= 0.2;
            }
        }
        if (source is null || target is null || source.Equals(target))
        {
            return [];
        }

        // "Freedonia and Sylvania criticized Ostrava", "criticized Sylvania and Ostrava": one event per party;
        // "met with Sylvania and Ostrava": one joint event per pair of the three.
        otherSources.AddRange(Coordinated(view, sourceMention));
        otherTargets.AddRange(Coordinated(view, targetMention));

        var planCue = pattern.Planned || knowledge.Cue("planned").Applies(view, trigger, match.End) ||
            knowledge.Cue("planned_after").Applies(view, trigger, match.End);
        var planned = planCue || reported;
        var when = _dating.Date(document, view, trigger, match.End, pattern.Type, planned, out var stated, out var coming);
        if (when is null && document.Published is not null)
        {
            return [];
        }

        // A stated date after publication is still to come ("the next summit would be held in 2031"); a decision reported
        // without a date of its own ("Seoul said it would file a complaint") was taken when reported (EventDating.IsAhead).
        planned = planCue || (stated && (coming || EventDating.IsAhead(when, document.Published)));

        // Straight news dated to the day: an undated event in the past tense is that day's news or the paragraph's (NewsDay).
        var pastTense = !stated && !planned && newsDay.Applies && IsPastTense(view, trigger, pattern);
        var cues = new AlmanacCues(knowledge.Cue("past").Applies(view, trigger, match.End), pastTense && newsDay.IsPeg(view));
        var known = !stated && document.Published is { } published && IsPast(view, trigger, pattern)
            ? _almanac.Date(pattern.Type, pattern.Symmetric, source, target, SentenceWords(view), published, planned, cues)
            : stated && when is not null && !planned ? _almanac.Refine(pattern.Type, pattern.Symmetric, source, target, SentenceWords(view), when) : null;
        var day = pastTense ? newsDay.DayOf(view, trigger) : null;
        // A day the report names outweighs a recent almanac entry that falls on another day (news the article did not date).
        known = known is not null && pastTense && newsDay.NamedDayOf(view, trigger) is { } named && !known.Overlaps(named) &&
            AlmanacDating.IsRecent(known, document.Published!) ? null : known;
        day = known is null ? day : null;
        when = known ?? day ?? when;
        if (!stated && known is null && day is null && !planned && knowledge.Cue("background").Applies(view, trigger, match.End))
        {
            // "had once sent troops", "previously imposed": background the text does not date; the publication month would be wrong.
            return [];
        }
        confidence += stated ? 0.1 : known is not null ? 0 : day is not null ? -0.05 : -0.1;
        // The evidence spans the trigger and the mentions that named its actors, on whichever side they stand.
        var start = view.Tokens[Math.Min(Math.Min(sourceToken ?? trigger, targetToken ?? trigger), trigger)].Start;
        var endToken = Math.Max(Math.Max(targetToken ?? match.End, sourceToken ?? match.End), match.End);
        var end = view.Tokens[Math.Min(endToken, view.Tokens.Count) - 1].End;
        var evidence = new Evidence(document.Document.Id, start, end, document.Text[start..end]);
        var issue = issues.Pick(view, trigger, match.End, pattern, source, target);
        var events = new List<CodedEvent>();
        foreach (var (from, to) in pattern.Symmetric ? JointParties.Pairs(source, target, [.. otherSources, .. otherTargets]) : Parties(source, target, otherSources, otherTargets))
        {
            if (!from.Equals(to) && (from.CountryPart != to.CountryPart || IsDomestic(from, to, issue)))
            {
                events.Add(new CodedEvent(pattern.Type, planned ? EventStatus.Planned : EventStatus.Occurred, SourceWithRole(from, pattern, view),
                    TargetWithRole(to, pattern, view), when, issue, [evidence], Math.Clamp(confidence, 0.05, 0.95)));
            }
        }

        return events;
    }

    private static IEnumerable<(ActorCode Source, ActorCode Target)> Parties(ActorCode source, ActorCode target, List<ActorCode> otherSources, List<ActorCode> otherTargets)
    {
        yield return (source, target);
        foreach (var other in otherSources.Where(o => o.CountryPart != source.CountryPart))
        {
            yield return (other, target);
        }

        foreach (var other in otherTargets.Where(o => o.CountryPart != target.CountryPart))
        {
            yield return (source, other);
        }
    }

    /// <summary>
    /// Two actors of one country make an event only as a domestic one: its issue is domestic, or one side has a
    /// role that acts at home (courts, lawmakers, the opposition, citizens, the press) and the roles differ.
    /// </summary>
    private bool IsDomestic(ActorCode source, ActorCode target, Issue issue) =>
        source.IsInternationalBody || issue == Issue.Domestic ||
        source.Role != target.Role && (knowledge.DomesticRoles.Contains(source.Role) || knowledge.DomesticRoles.Contains(target.Role));

    /// <summary>
    /// The actors of other countries in a list with a mention, its items joined by commas and an "and" (or by
    /// possessives): "Freedonia and Sylvania", "Fredville's and Sylvania's", "Freedonia, Sylvania and Ostrava".
    /// </summary>
    private List<ActorCode> Coordinated(SentenceView view, int mention)
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

    private bool Joined(SentenceView view, int from, int to) => Link(view, from, to) == true;

    /// <summary>
    /// Whether only commas, "and", determiners and possessives stand between two mentions (null if anything else
    /// does), and whether an "and" does.
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
            else if (lower != "," && !view.Tokens[k].IsPossessive && !knowledge.Determiners.Contains(lower))
            {
                return null;
            }
        }

        return and;
    }

    /// <summary>
    /// A bare event noun right after a generic preposition ("a focus of cooperation", "a leader in development
    /// assistance"): no determiner, possessive, actor, number or date before it in its noun phrase.
    /// </summary>
    private bool IsGeneric(SentenceView view, int trigger)
    {
        for (var k = trigger - 1; k >= Math.Max(0, trigger - 3); k--)
        {
            var token = view.Tokens[k];
            if (knowledge.GenericPrepositions.Contains(token.Lower))
            {
                return true;
            }

            if (knowledge.Prepositions.Contains(token.Lower) || knowledge.Determiners.Contains(token.Lower) || token.IsPossessive ||
                !char.IsLetter(token.Lower[0]) || view.Mentions.Any(m => m.StartToken <= k && k < m.EndToken) ||
                view.Times.Any(t => t.StartToken <= k && k < t.EndToken) || knowledge.PatternsByAnchor.ContainsKey(token.Stem))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The position of an "under" word a few words before a nominal trigger ("under heavy pressure"), else -1.</summary>
    private int UndergoingAt(SentenceView view, int trigger, int clauseStart)
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
    private (int Agent, ActorCode? Ruler)? ReducedPassiveAgent(SentenceView view, int trigger, int triggerEnd, int clauseEnd)
    {
        var word = view.Tokens[trigger];
        if (trigger == 0 || view.MentionStartingAt(trigger) >= 0 || !word.Lower.EndsWith("ed", StringComparison.Ordinal) && (word.Lower == word.Stem || word.Lower.EndsWith('s')) ||
            triggerEnd >= clauseEnd || !knowledge.Prepositions.Contains(view.Tokens[triggerEnd].Lower))
        {
            return null;
        }

        for (var k = triggerEnd; k < Math.Min(clauseEnd, triggerEnd + ObjectReach); k++)
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
            after += IsPossessiveAt(view, after) ? 1 : 0;
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
    private bool IsHeadedBy(SentenceView view, int end, int token)
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

    /// <summary>
    /// The counterpart of an actor whose clause names no other: the main country other than its own named most
    /// often in this paragraph and the one before, else the article's most-mentioned other main country (see Counterparts).
    /// </summary>
    /// <summary>
    /// The counterpart of an actor whose clause names no other party: the article's main counterpart (the most-mentioned
    /// main country other than the actor's) when this paragraph or the one before names it, else the main country named
    /// most often there, else the article's main counterpart.
    /// </summary>
    private ActorCode? Counterpart(ReferenceTracker references, Counterparts counterparts, ActorCode actor)
    {
        if (counterparts.Of(actor) is { } main &&
            references.NearbyCountry(new HashSet<string>(StringComparer.Ordinal) { main.CountryPart }, actor.CountryPart, counterparts.Ranked) is not null)
        {
            return main;
        }

        return references.NearbyCountry(knowledge.MainCountries, actor.CountryPart, counterparts.Ranked) is { } near ? ActorCode.Of(near, ActorRole.GOV) : counterparts.Of(actor);
    }

    /// <summary>
    /// Whether an undated event may be one of the past that the almanac knows: a nominal event, a verb in a past
    /// form ("retaliated", "met") or a participle ("rulings ordering"), with no present marker ("are", "has", "now")
    /// just before the trigger; not a verb in the plain present ("threatens"), unless its ending makes it a noun
    /// ("rulings").
    /// </summary>
    private bool IsPast(SentenceView view, int trigger, EventPattern pattern)
    {
        for (var i = Math.Max(view.ClauseStart(trigger), trigger - 3); i < trigger; i++)
        {
            // "Sylvania's ministry accused": an apostrophe-s in or right after a named actor is a possessive, not "has" or "is".
            if (knowledge.PresentMarkers.Contains(view.Tokens[i].Lower) && !(view.Tokens[i].IsPossessive && view.Mentions.Any(m => m.StartToken < i && i <= m.EndToken)))
            {
                return false;
            }
        }

        var word = view.Tokens[trigger];
        return pattern.Nominal || word.Lower.EndsWith("ed", StringComparison.Ordinal) || IsOtherForm(word) && !word.Lower.EndsWith('s') ||
            knowledge.NounSuffixes.Any(suffix => word.Lower.EndsWith(suffix, StringComparison.Ordinal));
    }

    /// <summary>A word that is not its stem's plain form: an irregular past ("met") or an "-ing" form, not "cooperate" (stem "cooperat").</summary>
    private static bool IsOtherForm(WordToken word) => word.Lower != word.Stem && word.Lower != word.Stem + "e";

    /// <summary>
    /// Whether the trigger is a verb in the past tense ("retaliated", "met", "was summoned"): not a noun, a participle
    /// ("rulings ordering") or a present form, and no present marker ("has", "are", "now") just before it.
    /// </summary>
    private bool IsPastTense(SentenceView view, int trigger, EventPattern pattern)
    {
        if (pattern.Nominal || !IsPast(view, trigger, pattern))
        {
            return false;
        }

        var word = view.Tokens[trigger];
        return word.Lower.EndsWith("ed", StringComparison.Ordinal) ||
            IsOtherForm(word) && !word.Lower.EndsWith('s') && !word.Lower.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>The sentence's stems, less the names of countries and capitals (they say nothing about which event).</summary>
    private static List<string> SentenceWords(SentenceView view)
    {
        var words = new List<string>(view.Tokens.Count);
        var m = 0;
        for (var i = 0; i < view.Tokens.Count; i++)
        {
            while (m < view.Mentions.Count && view.Mentions[m].EndToken <= i)
            {
                m++;
            }

            var inName = m < view.Mentions.Count && view.Mentions[m].StartToken <= i &&
                view.Mentions[m].Mention.Kind is MentionKind.Country or MentionKind.Metonym;
            words.Add(inName ? "" : view.Tokens[i].Stem);
        }

        return words;
    }

    /// <summary>A source named by its country or government takes the pattern's source role, if it has one ("North Korea fired a missile": MIL).</summary>
    private static ActorCode SourceWithRole(ActorCode source, EventPattern pattern, SentenceView view) =>
        pattern.SourceRole != ActorRole.None && !source.IsInternationalBody && source.Role is ActorRole.None or ActorRole.GOV
            ? source.WithRole(pattern.SourceRole)
            : WithDefaultRole(source, view);

    /// <summary>A target named only by its country takes the pattern's target role, if it has one ("the occupation of Sylvania": CVL).</summary>
    private static ActorCode TargetWithRole(ActorCode target, EventPattern pattern, SentenceView view) =>
        pattern.TargetRole != ActorRole.None && !target.IsInternationalBody && target.Role == ActorRole.None
            ? target.WithRole(pattern.TargetRole)
            : WithDefaultRole(target, view);

    private static ActorCode WithDefaultRole(ActorCode actor, SentenceView view) =>
        actor.IsInternationalBody || actor.Role != ActorRole.None ? actor : actor.WithRole(ActorRole.GOV);

    /// <summary>
    /// "Japan's NEC", "South Korean President Moon": the later, more specific mention of the same country (never
    /// across a trigger word: "Freedonian farmers criticized Fredville" names two actors).
    /// </summary>
    private PlacedMention Specific(SentenceView view, int mention) => view.Mentions[SpecificIndex(view, mention)];

    private int SpecificIndex(SentenceView view, int mention)
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

    /// <summary>
    /// A verb in the plain present with no date stated in its clause, in a relative clause ("which threatens",
    /// "a regime that brutally suppresses") or after a possessive subject ("Freedonia's rise threatens"):
    /// it describes a standing state. A planned cue ("which will meet") keeps it.
    /// </summary>
    private bool IsStandingDescription(SentenceView view, EventPattern pattern, int trigger, int triggerEnd, int subjectStart)
    {
        var word = view.Tokens[trigger];
        var thirdPerson = word.Lower.Length > 3 && word.Lower.EndsWith('s') && !word.Lower.EndsWith("ss", StringComparison.Ordinal) && word.Lower != word.Stem &&
            !knowledge.NounSuffixes.Any(suffix => word.Lower.EndsWith(suffix, StringComparison.Ordinal));
        var plain = word.Lower == word.Stem || word.Lower == word.Stem + "e";
        if (!thirdPerson && !plain || pattern.Planned || knowledge.Cue("planned").Applies(view, trigger, triggerEnd))
        {
            return false;
        }

        var clause = view.ClauseOf[trigger];
        if (view.Times.Any(t => view.ClauseOf[Math.Min(t.StartToken, view.Tokens.Count - 1)] == clause))
        {
            return false;
        }

        var clauseStart = view.ClauseStart(trigger);
        for (var k = trigger - 1; k >= Math.Max(clauseStart, trigger - 3); k--)
        {
            if (knowledge.RelativeOpeners.Contains(view.Tokens[k].Lower) &&
                (k == 0 || !knowledge.ReportingVerbs.Contains(view.Tokens[k - 1].Stem)))
            {
                return true;
            }
        }

        // "Freedonia's rise threatens": the subject is the noun after the possessive, a thing, not the actor.
        var subject = thirdPerson ? SubjectBefore(view, trigger, subjectStart) : -1;
        if (subject < 0 || !IsPossessiveAt(view, view.Mentions[subject].EndToken))
        {
            return false;
        }

        for (var k = view.Mentions[subject].EndToken + 1; k < trigger; k++)
        {
            if (char.IsLetter(view.Tokens[k].Lower[0]) && !view.Mentions.Any(m => m.StartToken <= k && k < m.EndToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb right after a relative "that" ("rules that threaten...") has a noun, not an actor, for subject.</summary>
    private bool IsRelativeClauseVerb(SentenceView view, int trigger) =>
        trigger > 0 && view.Tokens[trigger - 1].Lower == "that" && (trigger < 2 || !knowledge.ReportingVerbs.Contains(view.Tokens[trigger - 2].Stem));

    private bool IsPassive(SentenceView view, int trigger)
    {
        for (var i = trigger - 1; i >= Math.Max(0, trigger - 2); i--)
        {
            if (knowledge.PassiveAuxiliaries.Contains(view.Tokens[i].Lower))
            {
                return view.Tokens[trigger].Lower.EndsWith("ed", StringComparison.Ordinal) || view.Tokens[trigger].Lower != view.Tokens[trigger].Stem;
            }
        }

        return false;
    }

    /// <summary>The mention after "by" (or after one of <paramref name="words"/>) within reach of the trigger, else -1.</summary>
    private static int AgentAfter(SentenceView view, int from, int clauseEnd, int reach, IReadOnlySet<string>? words = null)
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

    /// <summary>The nearest mention before the trigger in its clause that is not the object of a preposition.</summary>
    private int SubjectBefore(SentenceView view, int trigger, int clauseStart)
    {
        for (var m = view.Mentions.Count - 1; m >= 0; m--)
        {
            var mention = view.Mentions[m];
            if (mention.EndToken > trigger || mention.StartToken < clauseStart)
            {
                continue;
            }

            if (!AfterPreposition(view, mention.StartToken, clauseStart))
            {
                return m;
            }
        }

        return -1;
    }

    private bool AfterPreposition(SentenceView view, int token, int clauseStart)
    {
        for (var i = token - 1; i >= clauseStart; i--)
        {
            var lower = view.Tokens[i].Lower;
            if (knowledge.Prepositions.Contains(lower))
            {
                return true;
            }

            if (!knowledge.Determiners.Contains(lower) && !char.IsDigit(lower[0]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A possessive or adjective mention just before a nominal trigger ("Seoul's recent withdrawal", "Japanese sanctions").</summary>
    private int PossessorBefore(SentenceView view, int trigger, int clauseStart)
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

            // "of Japanese colonialism": an adjective right before the noun is its actor even after a preposition.
            return AfterPreposition(view, mention.StartToken, clauseStart) && !possessive && mention.EndToken != trigger ? -1 : m;
        }

        return -1;
    }

    private static bool IsPossessiveAt(SentenceView view, int token) => token < view.Tokens.Count && view.Tokens[token].IsPossessive;

    /// <summary>The pair a pair phrase before the trigger refers to ("the two leaders", "both countries"), or null.</summary>
    private static (ActorCode First, ActorCode Second)? PairBefore(SentenceView view, int trigger, int clauseStart, CodingKnowledge knowledge, ReferenceTracker references)
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
    private int ReportedSpeaker(SentenceView view, int trigger, int clauseStart)
    {
        for (var i = trigger - 1; i >= Math.Max(clauseStart, trigger - 3); i--)
        {
            if (!knowledge.PairPronouns.Contains(view.Tokens[i].Lower))
            {
                continue;
            }

            var verb = i - 1;
            verb -= verb > 0 && view.Tokens[verb].Lower == "that" ? 1 : 0;
            return verb > 0 && knowledge.ReportingVerbs.Contains(view.Tokens[verb].Stem) ? SubjectBefore(view, verb, view.ClauseStart(verb)) : -1;
        }

        return -1;
    }

    private bool PairPronounBefore(SentenceView view, int trigger, int clauseStart)
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
    /// "the pact, signed in 2016", "the accord was concluded in May 2030": a past participle of a joint act with no
    /// agent, after a comma or a passive auxiliary, dated right after it: an event between the article's counterparts.
    /// </summary>
    /// <summary>A past participle: "-ed", "-en", "-wn", or an irregular form the pattern file lists ("struck"); not "-ing" or an adjective ("regrettable").</summary>
    private bool IsParticipleForm(string lower) =>
        lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("en", StringComparison.Ordinal) || lower.EndsWith("wn", StringComparison.Ordinal) ||
        knowledge.Stemmer.Stem(lower) != Stemmer.Plain.Stem(lower);

    private static bool IsDatedParticiple(SentenceView view, int trigger, int end, bool passive)
    {
        var word = view.Tokens[trigger];
        var participle = !word.Lower.EndsWith("ing", StringComparison.Ordinal) && (word.Lower.EndsWith("ed", StringComparison.Ordinal) || word.Lower != word.Stem);
        var reduced = trigger > 0 && view.Tokens[trigger - 1].Lower == ",";
        return participle && (passive || reduced) && view.Times.Any(t => t.StartToken >= end && t.StartToken - end <= 1);
    }

    /// <summary>
    /// A description of a person ("the foreign minister": Person true, Title "foreign minister") or of a state ("the
    /// ministry") that ends the clause's words before the trigger (adverbs aside), else null; a description after a
    /// preposition or followed by a named actor ("the president of Sylvania") is not the subject.
    /// </summary>
    private (bool Person, string Title)? DescriptionBefore(SentenceView view, int trigger, int clauseStart)
    {
        for (var i = trigger - 1; i >= Math.Max(clauseStart, trigger - 6); i--)
        {
            if (view.Mentions.Any(m => m.StartToken < trigger && m.EndToken > i))
            {
                return null;
            }

            if (view.Tokens[i].Lower != "the" || AfterPreposition(view, i, clauseStart))
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

    private string? PronounBefore(SentenceView view, int trigger, int clauseStart)
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
    /// The first mention from <paramref name="from"/> before <paramref name="limit"/> of another actor than the
    /// source; the search stops at a gerund after a preposition ("retaliation for backing Ostrava"), whose object
    /// belongs to that other verb.
    /// </summary>
    private int ObjectAfter(SentenceView view, int from, int limit, ActorCode? source, int sourceMention, Phrase? phrase = null, int phraseEnd = 0)
    {
        for (var k = Math.Max(from, 1); k < limit; k++)
        {
            var lower = view.Tokens[k].Lower;
            if (lower.Length > 5 && lower.EndsWith("ing", StringComparison.Ordinal) && knowledge.Prepositions.Contains(view.Tokens[k - 1].Lower) &&
                view.MentionStartingAt(k) < 0)
            {
                limit = k;
                break;
            }
        }

        for (var m = 0; m < view.Mentions.Count; m++)
        {
            var mention = view.Mentions[m];
            if (mention.StartToken < from || m == sourceMention || phrase is not null && IsPhraseWord(view, mention, phrase, phraseEnd))
            {
                continue;
            }

            if (mention.StartToken >= limit)
            {
                break;
            }

            if (source is null || mention.Mention.Actor.CountryPart != source.CountryPart || mention.Mention.Actor.Role != source.Role && mention.Mention.Actor.Role != ActorRole.None)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>
    /// How far after a trigger its object may stand: a dozen words for a verb; for an event noun only a few, and
    /// not past a relative word ("after the meeting that she hoped to visit Sylvania": the meeting has no object).
    /// </summary>
    private int ObjectLimit(SentenceView view, EventPattern pattern, PhraseMatch match, int clauseEnd)
    {
        if (!pattern.Nominal)
        {
            return Math.Min(clauseEnd, match.End + ObjectReach);
        }

        var limit = Math.Min(clauseEnd, match.End + NounObjectReach);
        for (var k = match.End; k < limit; k++)
        {
            if (knowledge.RelativeOpeners.Contains(view.Tokens[k].Lower))
            {
                return k;
            }
        }

        return limit;
    }

    /// <summary>
    /// A mention inside the phrase that one of its own words names ("visit * Yasukuni", "take * to * WTO"): the
    /// place or forum of the act, not its target.
    /// </summary>
    private static bool IsPhraseWord(SentenceView view, PlacedMention mention, Phrase phrase, int phraseEnd)
    {
        if (mention.StartToken >= phraseEnd)
        {
            return false;
        }

        var words = phrase.Core.Concat(phrase.Tail).OfType<WordElement>().ToList();
        for (var k = mention.StartToken; k < Math.Min(mention.EndToken, phraseEnd); k++)
        {
            if (words.Any(w => w.Stems.Contains(view.Tokens[k].Stem)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An international body after a venue preposition ("with the WTO") as the object of a complaint.</summary>
    private bool IsVenue(SentenceView view, EventPattern pattern, int mention)
    {
        if (!knowledge.VenueTypes.Contains(pattern.Type) || !view.Mentions[mention].Mention.Actor.IsInternationalBody)
        {
            return false;
        }

        var k = view.Mentions[mention].StartToken - 1;
        while (k > 0 && knowledge.Determiners.Contains(view.Tokens[k].Lower))
        {
            k--;
        }

        return k >= 0 && knowledge.VenuePrepositions.Contains(view.Tokens[k].Lower);
    }

    /// <summary>
    /// The two countries a state pair phrase right after a trigger names ("urged both governments", "criticized the two
    /// countries"): the two main countries other than the source's named most nearby, else ranked first in the article.
    /// </summary>
    private (ActorCode First, ActorCode Second)? ObjectPair(SentenceView view, int from, int clauseEnd, ActorCode source, ReferenceTracker references, Counterparts counterparts)
    {
        var named = false;
        for (var k = from; k < Math.Min(clauseEnd, from + 2) && !named; k++)
        {
            named = knowledge.StatePairPhrases.Any(phrase => PhraseMatcher.MatchesAt(phrase, view, k, clauseEnd));
        }

        if (!named)
        {
            return null;
        }

        var others = knowledge.MainCountries.Where(c => c != source.CountryPart).ToHashSet(StringComparer.Ordinal);
        var first = references.NearbyCountry(others, null, counterparts.Ranked) ?? counterparts.Ranked.FirstOrDefault(others.Contains);
        if (first is null)
        {
            return null;
        }

        others.Remove(first);
        var second = references.NearbyCountry(others, null, counterparts.Ranked) ?? counterparts.Ranked.FirstOrDefault(others.Contains);
        return second is null ? null : (ActorCode.Of(first, ActorRole.GOV), ActorCode.Of(second, ActorRole.GOV));
    }

    /// <summary>A country or capital after a place preposition ("near Beijing", "in Fredville"): where an act happened.</summary>
    private bool IsPlace(SentenceView view, int mention)
    {
        var placed = view.Mentions[mention];
        var k = placed.StartToken - 1;
        while (k > 0 && knowledge.Determiners.Contains(view.Tokens[k].Lower))
        {
            k--;
        }

        // "met at the Group of Seven summit": an international body after a place preposition is the venue too.
        return (placed.Mention.Kind is MentionKind.Country or MentionKind.Metonym || placed.Mention.Actor.IsInternationalBody) && k >= 0 &&
            knowledge.PlacePrepositions.Contains(view.Tokens[k].Lower);
    }

    private static int OtherBefore(SentenceView view, int trigger, int clauseStart, ActorCode source)
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
}
