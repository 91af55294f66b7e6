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
/// named day or, in the opening paragraphs, the publication day (<see cref="NewsDay"/>), else by the publication month; in an
/// analysis (a report not dated to the day) an undated past event whose paragraph names no time of the publication period is
/// background the text does not date and is set aside (<see cref="NewsDay.IsCurrent"/>). Needs sentences, actors and times; writes events.
/// This class runs the steps in order; the parts do the work: <see cref="TriggerScreen"/> and <see cref="NonEventFilter"/>
/// drop what is no act, <see cref="SourceResolver"/> and <see cref="TargetResolver"/> fill the parties
/// (<see cref="ActorSlots"/>), <see cref="EventDating"/> dates the act, <see cref="EventParties"/> and
/// <see cref="EvidenceSpan"/> assemble the events.
/// </summary>
public sealed class EventCoder(CodingKnowledge knowledge, AlmanacDating? almanac = null) : IPipelineComponent
{
    private readonly AlmanacDating _almanac = almanac ?? AlmanacDating.None;
    private readonly EventDating _dating = new(knowledge);
    private readonly TriggerScreen _screen = new(knowledge);
    private readonly NonEventFilter _nonEvents = new(knowledge);
    private readonly EpisodeClues _episodes = new(knowledge);
    private readonly ClauseMentions _mentions = new(knowledge);
    private readonly VerbForms _verbs = new(knowledge);
    private readonly SourceResolver _sourceResolver = new(knowledge);
    private readonly TargetResolver _targetResolver = new(knowledge);
    private readonly Coordination _coordination = new(knowledge);
    private readonly EventParties _parties = new(knowledge);
    private readonly SourceClues _sourceClues = new(knowledge);
    private readonly GatheringAttendees _attendees = new(knowledge);

    public string Name => "event-coder";

    public IReadOnlyList<string> Assigns { get; } = ["events"];

    public void Process(TextDocument document)
    {
        var references = new ReferenceTracker();
        var counterparts = Counterparts.Of(document, knowledge.MainCountries);
        var newsDay = new NewsDay(document, knowledge);
        var views = SentenceViewBuilder.Build(document, knowledge);
        document.SentenceViews = (knowledge, views);
        var issues = new IssuePicker(knowledge, views);
        var headlines = Headlines.Of(document, knowledge);
        foreach (var view in views)
        {
            if (headlines.Contains(view.Paragraph))
            {
                // The body states the event the headline announces; headline grammar misleads the coder.
                continue;
            }

            references.EnterParagraph(view.Paragraph);
            newsDay.Enter(view);
            var question = NonEventFilter.IsQuestion(view);
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

                if (!knowledge.PatternsByAnchor.TryGetValue(view.Tokens[i].Stem, out var candidates) || TriggerScreen.IsInsideName(view, i))
                {
                    continue;
                }

                foreach (var pattern in candidates)
                {
                    var match = PhraseMatcher.Match(pattern.Phrase, view, i, view.Tokens.Count);
                    if (match is null || _screen.EndsOnDatePreposition(view, match))
                    {
                        continue;
                    }

                    var governed = pattern.Nominal && (_screen.IsGoverned(view, lastTriggerEnd, i) || TriggerScreen.IsRejectedObject(view, lastVerb, i) ||
                                   match.SourceMention is null && match.TargetMention is null && _screen.IsToldAgain(view, i) && document.Events.Any(e => e.Type == pattern.Type)) ||
                                   _screen.IsGovernedVerbNoun(view, lastTriggerEnd, i) || _screen.IsRejectedVerbNoun(view, pattern, lastVerb, i) || _screen.IsReferredObject(view, lastVerb, i) || _screen.IsFramework(view, pattern, i) || TriggerScreen.ContinuesAct(view, lastVerb, pattern, i);
                    var notAnAct = TriggerScreen.IsMannerOf(view, pattern, lastVerb, i) || TriggerScreen.IsAllegedAct(view, pattern, lastVerb, i) || _screen.IsOpposedAct(view, pattern, i) || _screen.IsTopicOf(view, i) || _screen.IsDescribedReference(view, pattern, i, match.End);
                    var concession = _screen.ConcessionAgreedAt(view, pattern, i, match.End);
                    var asked = i == askedFor || TriggerScreen.IsObjectOfAskedVerb(view, pattern, askedFor, i) || TriggerScreen.IsPurposeOf(view, pattern, i, lastVerb) || concession >= 0 ||
                                TriggerScreen.IsRequestedObject(view, lastVerb, i) || !pattern.Nominal && _screen.IsProposed(view, i);
                    lastTriggerEnd = concession >= 0 ? concession : match.End;
                    lastVerb = pattern.Nominal ? lastVerb : (lastTriggerEnd, concession >= 0 ? EventType.AGREE : pattern.Type);
                    askedFor = pattern.Type == EventType.REQUEST ? _screen.ComplementVerb(view, i + 1, match.End + TargetClues.ObjectReach)
                        : asked ? TriggerScreen.CoordinatedVerbAfter(view, match.End) : askedFor;
                    var screened = question ? SetAsideReason.Question
                        : _screen.ModifiesSurvey(view, match) ? SetAsideReason.Statistic
                        : asked ? SetAsideReason.Requested
                        : governed && !TriggerScreen.HasOwnDate(view, i) || notAnAct ? SetAsideReason.Governed
                        : (SetAsideReason?)null;
                    if (screened is { } reason)
                    {
                        SetAside(document, view, pattern, match, reason);
                    }
                    else
                    {
                        var coded = Code(document, view, pattern, match, references, counterparts, newsDay, issues);
                        foreach (var one in coded)
                        {
                            references.SawSource(one.Source, one.Type);
                            document.Events.Add(one);
                        }

                        if (pattern.Symmetric && coded.Count > 0)
                        {
                            references.SawJoint(coded[0].Source, coded[0].Target);
                            var parties = coded.SelectMany(e => new[] { e.Source.CountryPart, e.Target.CountryPart }).Distinct(StringComparer.Ordinal).ToList();
                            if (parties.Count >= 3)
                            {
                                references.SawJointGroup(parties);
                            }
                        }
                    }

                    // An agreement to a concession is read on from the concession ("agreed to pay"), not past it.
                    i = (concession >= 0 ? concession : match.End) - 1;
                    break;
                }
            }

            _coordination.NoteCoordinated(view, references);
        }
    }

    /// <summary>"would meet", "would also sit down": "would" right before the trigger, "-ly" adverbs and "also" aside.</summary>
    private static bool WouldBefore(SentenceView view, int trigger)
    {
        for (var k = trigger - 1; k >= 0 && k >= trigger - 3; k--)
        {
            var lower = view.Tokens[k].Lower;
            if (lower == "would")
            {
                return true;
            }

            if (lower != "also" && !lower.EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    private List<CodedEvent> Code(TextDocument document, SentenceView view, EventPattern pattern, PhraseMatch match, ReferenceTracker references, Counterparts counterparts, NewsDay newsDay, IssuePicker issues)
    {
        var trigger = match.Start;
        if (_nonEvents.IsRuledOutByCue(view, trigger, match.End, pattern.Phrase))
        {
            return SetAside(document, view, pattern, match, SetAsideReason.RuledOutByCue);
        }

        // "the region would suffer" is hypothetical; "Seoul said it would file a complaint" reports a plan.
        var reported = knowledge.Cue("reported_future").AppliesBefore(view, trigger) ||
            knowledge.Cue("conditional").Applies(view, trigger, match.End) && knowledge.Cue("reported_that").AppliesBefore(view, trigger);
        if (!reported && knowledge.Cue("conditional").Applies(view, trigger, match.End) ||
            pattern.Nominal && _nonEvents.IsHypotheticalSubject(view, match.End) && !knowledge.Cue("reported_that").AppliesBefore(view, trigger) &&
            !knowledge.Cue("reported_future").AppliesBefore(view, trigger))
        {
            // "a summit between the two would send a strong signal": the noun is the subject of a hypothetical.
            return SetAside(document, view, pattern, match, SetAsideReason.Conditional);
        }

        if (pattern.Nominal && (match.SourceMention is null && pattern.Episode is null && _nonEvents.IsGeneric(view, trigger) || _nonEvents.ModifiesNoun(view, match.End)) || _nonEvents.AfterKindWord(view, trigger))
        {
            // "a focus of cooperation", "room for talks", "the first such visit": a kind of action, not an event; "its treaty ally": a modifier.
            return SetAside(document, view, pattern, match, SetAsideReason.Generic);
        }

        if (_screen.IsReferredFramework(view, pattern, trigger))
        {
            // "officials say the pact is dead": the agreement told of before, not a new one.
            return SetAside(document, view, pattern, match, SetAsideReason.Generic);
        }

        var clauseStart = view.ClauseStart(trigger);
        var clauseEnd = view.ClauseEnd(trigger);
        if (!pattern.Nominal && _nonEvents.IsRelativeClauseVerb(view, trigger))
        {
            // "regulations that threaten jobs": the subject is the noun before "that", not an actor.
            return SetAside(document, view, pattern, match, SetAsideReason.RelativeClause);
        }

        // "Yoon and Kishida, who are pressing ahead...": a clause opened by a relative pronoun takes its
        // subject from the words before it.
        var subjectStart = knowledge.RelativePronouns.Contains(view.Tokens[clauseStart].Lower) && clauseStart > 0
            ? view.ClauseStart(clauseStart - 1)
            : clauseStart;
        if (pattern.JointType is not null && _sourceClues.HasPluralSubject(view, trigger, subjectStart, m => _coordination.Coordinated(view, m).Count > 0))
        {
            // "Sylvania and Ostrava held drills": done together, the act is the pattern's joint type between the parties.
            pattern = pattern.AsJoint();
        }

        var passive = !pattern.Nominal && _verbs.IsPassive(view, trigger);
        var slots = ActorSlots.FromMatch(view, pattern, match, _mentions, passive ? knowledge.AgentPrepositions : null);
        if (!pattern.Nominal && _nonEvents.IsStandingDescription(view, pattern, trigger, match.End, subjectStart))
        {
            // "a regime which suppresses dissent", "Freedonia's rise threatens Sylvania": a description, not news.
            return SetAside(document, view, pattern, match, SetAsideReason.StandingDescription);
        }

        var clause = new TriggerClause(document, view, pattern, match, references, counterparts, clauseStart, clauseEnd, subjectStart, passive);
        if (pattern.Episode is { } episode)
        {
            if (_episodes.IsTimeOfOtherAct(view, trigger))
            {
                // "conscripted during colonial rule": the time of another act.
                return SetAside(document, view, pattern, match, SetAsideReason.Generic);
            }

            if (!_episodes.NamesOtherParty(view, match, episode))
            {
                // "victims of wartime forced labour", "Korean forced labour", "Japan's colonial rule": the episode's own act.
                return EpisodeEvent(document, view, pattern, match, issues);
            }
        }

        if (_sourceResolver.Resolve(clause, slots) is not { } withSource)
        {
            return SetAside(document, view, pattern, match, SetAsideReason.NoSource);
        }

        var (source, sourceMention, sourceToken, target, targetMention, targetToken, otherSources, otherTargets, confidence) = _targetResolver.Resolve(clause, withSource);
        if (pattern.Type != EventType.PROTEST && sourceMention >= 0 && _nonEvents.IsCountedPeople(view, sourceMention))
        {
            // "5.58 million South Koreans visited Japan": a figure of travel, an indicator rather than an act (a crowd
            // counted at a protest is still the protest).
            return SetAside(document, view, pattern, match, SetAsideReason.Statistic);
        }

        if (pattern.Symmetric && source is { IsInternationalBody: true } && target is not { IsInternationalBody: true } && otherSources.Count == 0 && otherTargets.Count == 0 &&
            (targetMention < 0 || _mentions.IsPlace(view, targetMention)) && _attendees.Of(view, references) is { Count: >= 2 } attendees)
        {
            // "a Forum summit that Rufus and Trentino both attended": the body's gathering is attended by those its sentence
            // names, each going to the body.
            (source, sourceMention, target, targetMention) = (attendees[0], -1, source, -1);
            otherTargets.AddRange(attendees.Skip(1));
        }
        else if (pattern.Symmetric && pattern.Nominal && source is { IsInternationalBody: true } && target is { IsInternationalBody: false } &&
                 otherSources.Count == 0 && targetMention >= 0 && !_mentions.IsPlace(view, targetMention))
        {
            // "At the Forum summit, Rufus met Trentino": the body's gathering is attended by the party its sentence names, so
            // that party goes to the body, as when it is the subject of "attended the Forum summit".
            (source, sourceMention, sourceToken, target, targetMention, targetToken) = (target, targetMention, targetToken, source, sourceMention, sourceToken);
        }

        if (source is null || target is null || source.Equals(target))
        {
            return SetAside(document, view, pattern, match,
                source is null ? SetAsideReason.NoSource : target is null ? SetAsideReason.NoTarget : SetAsideReason.SameActor);
        }

        // "Freedonia and Sylvania criticized Ostrava", "criticized Sylvania and Ostrava": one event per party;
        // "met with Sylvania and Ostrava": one joint event per pair of the three.
        otherSources.AddRange(_coordination.Coordinated(view, sourceMention));
        otherTargets.AddRange(_coordination.Coordinated(view, targetMention));
        // "held talks with Rufus in Fredville and with Ludmila in Sylvaton": each repeated partner meets the source in turn.
        var repeated = pattern.Symmetric && otherTargets.Count == 0 ? _coordination.RepeatedPartners(view, targetMention) : [];
        otherTargets.AddRange(repeated);

        var planCue = pattern.Planned || knowledge.Cue("planned").Applies(view, trigger, match.End) ||
            knowledge.Cue("planned_after").Applies(view, trigger, match.End) || knowledge.WouldPlannedTypes.Contains(pattern.Type) && WouldBefore(view, trigger);
        var planned = planCue || reported;
        var when = _dating.Date(document, view, trigger, match.End, pattern.Type, planned, out var stated, out var coming);
        if (when is null && document.Published is not null)
        {
            return SetAside(document, view, pattern, match, SetAsideReason.Undated);
        }

        // A stated date after publication is still to come ("the next summit would be held in 2031"); a decision reported
        // without a date of its own ("Seoul said it would file a complaint") was taken when reported (EventDating.IsAhead).
        planned = planCue || (stated && (coming || EventDating.IsAhead(when, document.Published)));

        // Straight news dated to the day: an undated event in the past tense, or a decision reported ("said it would"), is that day's news or the paragraph's (NewsDay).
        var pastTense = !stated && !planned && newsDay.Applies && (reported || newsDay.IsReported(view, trigger) || _verbs.IsPastTense(view, trigger, pattern));
        // Analysis not dated to the day: an undated past event takes the day its paragraph last named (NewsDay.ParagraphDayOf).
        var paragraphDay = !stated && !planned && !newsDay.Applies && _verbs.IsPastTense(view, trigger, pattern) ? newsDay.ParagraphDayOf(view, trigger) : null;
        var cues = new AlmanacCues(knowledge.Cue("past").Applies(view, trigger, match.End), pastTense && newsDay.IsPeg(view));
        var known = !stated && document.Published is { } published && _verbs.IsPast(view, trigger, pattern)
            ? _almanac.Date(pattern.Type, pattern.Symmetric, source, target, view.AlmanacWords, published, planned, cues)
            : stated && when is not null && !planned ? _almanac.Refine(pattern.Type, pattern.Symmetric, source, target, view.AlmanacWords, when) : null;
        var day = pastTense ? newsDay.DayOf(view, trigger) : paragraphDay;
        // A day the report names outweighs a recent almanac entry that falls on another day (news the article did not date),
        // and refines a coarser one that holds it ("On Dec. 6 the ministers met ... They also agreed", the almanac's December).
        var named = known is null ? null : pastTense ? newsDay.NamedDayOf(view, trigger) : paragraphDay;
        known = named is not null && !known!.Overlaps(named) && AlmanacDating.IsRecent(known, document.Published!) ? null : known;
        known = named is not null && known is not null && known.Length > named.Length && known.Contains(named) ? named : known;
        day = known is null ? day : null;
        when = known ?? day ?? when;
        if (!stated && known is null && day is null && !planned && (knowledge.Cue("background").Applies(view, trigger, match.End) ||
            !newsDay.Applies && document.Published is not null && (_verbs.IsPastTense(view, trigger, pattern) && !newsDay.IsCurrent(view) ||
             pattern.Nominal && _verbs.IsPast(view, trigger, pattern) && newsDay.NamesOnlyEarlierTimes(view))))
        {
            // "had once sent troops", "previously imposed", or in an analysis a past act its paragraph does not place in
            // the publication period ("Citizens reacted with consumer boycotts"), or an event noun in a paragraph about
            // earlier times only ("the U.S. withdrawal from the pact", "recent" excepted): background the text does not
            // date; the publication month would be wrong.
            return SetAside(document, view, pattern, match, SetAsideReason.UndatedBackground);
        }
        confidence += stated ? 0.1 : known is not null ? 0 : day is not null ? -0.05 : -0.1;
        var evidence = EvidenceSpan.Of(document, view, trigger, match.End, sourceToken, targetToken);
        var issue = issues.Pick(view, trigger, match.End, pattern, source, target);
        var events = new List<CodedEvent>();
        // "visited Fredville and then Sylvaton", "stopped in Fredville and Sylvaton": each listed party in turn, not one another.
        var sequence = otherSources.Count == 0 && (repeated.Count > 0 || _coordination.IsSequence(view, targetMention) || targetMention >= 0 && knowledge.TourWords.Contains(view.Tokens[trigger].Stem));
        foreach (var (from, to) in _parties.Pairs(pattern, view, source, target, otherSources, otherTargets, issue, sequence))
        {
            // "the court told Acme to pay": a request of a role whose requests are orders is a sanction.
            var type = pattern.Type == EventType.REQUEST && knowledge.OrderingRoles.Contains(from.Role) ? EventType.SANCTION : pattern.Type;
            events.Add(new CodedEvent(type, planned ? EventStatus.Planned : EventStatus.Occurred, from, to, when, issue, [evidence],
                Math.Clamp(confidence, 0.05, 0.95)));
        }

        return events;
    }

    /// <summary>
    /// The act of a known historical episode (<see cref="EventPattern.Episode"/>), by its source on its target whoever
    /// the sentence names ("Korean wartime labourers" are its victims, not its doers): dated to a date its sentence states
    /// inside the episode's span ("forced labour in 1944"), else to the span itself; something done, never planned.
    /// </summary>
    private List<CodedEvent> EpisodeEvent(TextDocument document, SentenceView view, EventPattern pattern, PhraseMatch match, IssuePicker issues)
    {
        var episode = pattern.Episode!;
        var stated = _dating.Date(document, view, match.Start, match.End, pattern.Type, planned: false, out var isStated, out _);
        var when = isStated && stated is not null && episode.When.Contains(stated) ? stated : episode.When;
        var evidence = EvidenceSpan.Of(document, view, match.Start, match.End, null, null);
        var issue = issues.Pick(view, match.Start, match.End, pattern, episode.Source, episode.Target);
        return [new CodedEvent(pattern.Type, EventStatus.Occurred, episode.Source, episode.Target, when, issue, [evidence], isStated ? 0.6 : 0.45)];
    }

    /// <summary>Notes the trigger as found but not coded, with why (<see cref="TextDocument.SetAside"/>); codes nothing.</summary>
    private static List<CodedEvent> SetAside(TextDocument document, SentenceView view, EventPattern pattern, PhraseMatch match, SetAsideReason reason)
    {
        var start = view.Tokens[match.Start].Start;
        var end = view.Tokens[Math.Min(match.End, view.Tokens.Count) - 1].End;
        document.SetAside.Add(new SetAsideTrigger(start, end, document.Text[start..end], pattern.Type, reason));
        return [];
    }
}
