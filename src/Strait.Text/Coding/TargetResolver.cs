using Strait.Core.Actors;

namespace Strait.Text.Coding;

/// <summary>
/// Fills the target of an act whose source is known: the actor after the trigger (a forum body leads to the accused
/// after it, or to the counterpart), the other party of a joint act before it, the two countries of a pair phrase, home
/// for an act at home, else the counterpart nearby; and both parties of a joint act that names one or none but is dated.
/// </summary>
public sealed class TargetResolver(CodingKnowledge knowledge)
{
    private readonly ClauseMentions _mentions = new(knowledge);
    private readonly TargetClues _clues = new(knowledge);
    private readonly Coordination _coordination = new(knowledge);
    private readonly NearbyCounterpart _nearbyCounterpart = new(knowledge);

    /// <summary>The slots with the target filled where the clause or the article allows; the source too for a joint act that named none.</summary>
    public ActorSlots Resolve(TriggerClause clause, ActorSlots slots) =>
        slots.Target is null && slots.Source is not null ? ForKnownSource(clause, slots) : ForJointAct(clause, slots);

    /// <summary>
    /// The target of an act whose source is known: the actor after the trigger (or, after a forum body, the accused), the
    /// other party before a joint act, the two countries of a pair phrase, home for an act at home, else the counterpart.
    /// </summary>
    private ActorSlots ForKnownSource(TriggerClause clause, ActorSlots slots)
    {
        var (_, view, pattern, match, references, counterparts, _, clauseEnd, subjectStart, _) = clause;
        var trigger = match.Start;
        var (source, sourceMention, sourceToken, target, targetMention, targetToken, otherSources, otherTargets, confidence) = slots;
        if (target is null && source is not null)
        {
            // The actors listed with the source ("Fredville, Sylvaton and Ostrava rejected"), read once for the rules below.
            var joinedSources = _coordination.Coordinated(view, sourceMention);

            // The object may stand inside the phrase's gap ("froze Sylvanian assets", "summoned the Sylvanian ambassador").
            var after = _clues.ObjectAfter(view, trigger + 1, _clues.ObjectLimit(view, pattern, match, clauseEnd), source, sourceMention, pattern.Phrase, match.End);
            if (after >= 0 && sourceMention >= 0 && !pattern.Symmetric && joinedSources.Contains(view.Mentions[after].Mention.Actor))
            {
                // "criticism from Fredville and Sylvaton over ...": a party joined to the source is another source, not the target.
                after = _clues.ObjectAfter(view, view.Mentions[after].EndToken, _clues.ObjectLimit(view, pattern, match, clauseEnd), source, sourceMention, pattern.Phrase, match.End);
            }

            if (after >= 0 && pattern.Symmetric && view.Mentions[after].StartToken > 0 &&
                (knowledge.TopicPrepositions.Contains(view.Tokens[view.Mentions[after].StartToken - 1].Lower) ||
                 knowledge.TopicVerbs.Contains(view.Tokens[trigger].Stem) && view.Mentions[after].StartToken <= match.End + 1))
            {
                // "discussed North Korea": the object right after a verb of talking about something is its topic too.
                // "agreed to cooperate on North Korea", "talks over Freedonia": the country after a topic word is what the
                // joint act is about, not its other party.
                after = -1;
            }

            after = pattern.Symmetric ? PastForeignVenue(view, pattern, match, counterparts, after, _clues.ObjectLimit(view, pattern, match, clauseEnd), source, sourceMention) : after;
            after = pattern.Symmetric ? PastPlaceToPartner(view, pattern, match, after, clauseEnd, source, sourceMention) : after;
            var partner = pattern.Symmetric ? ClauseMentions.OtherBefore(view, trigger, subjectStart, source) : -1;
            if (after >= 0 && pattern.Symmetric && view.Mentions[after].StartToken > match.End + 2 && sourceMention >= 0 &&
                joinedSources.Any(c => c.CountryPart != source.CountryPart))
            {
                // "Rufus and Ludmila will meet on the sidelines of the summit with Ostrava": the joined subjects are the
                // parties; an actor further on belongs to another noun, not to the meeting.
                after = -1;
            }

            var pronounObject = !pattern.Symmetric ? _clues.PronounObjectAfter(view, match.End) : null;
            var person = pronounObject is var (pronoun, at) && (after < 0 || view.Mentions[after].StartToken > at)
                ? references.Pronoun(pronoun, asObject: true) is { } named && (named.CountryPart != source.CountryPart || pattern.Home && !named.Equals(source)) ? named : references.PersonOtherThan(source.CountryPart)
                : null;
            if (person is not null && (person.CountryPart != source.CountryPart || pattern.Home && !person.Equals(source)))
            {
                // An act at home ("the assembly impeached him") may take a person of the source's own country.
                // "Beijing demanded that she retract it", "urged him to resign": the person named last in the paragraph,
                // before any actor further on.
                target = person;
                confidence -= 0.1;
            }
            else if (after >= 0 && partner >= 0 && _mentions.IsPlace(view, after, pattern.Phrase, match.End) && !_mentions.AfterPreposition(view, view.Mentions[partner].StartToken, subjectStart))
            {
                // "Kono and his counterpart Kang met near Beijing": the place of a joint act is not its other party.
                targetMention = _mentions.SpecificIndex(view, partner);
                target = view.Mentions[targetMention].Mention.Actor;
            }
            else if (after >= 0 && _clues.IsVenue(view, pattern, after) &&
                _clues.ObjectAfter(view, view.Mentions[after].EndToken, _clues.ObjectLimit(view, pattern, match, clauseEnd), source, sourceMention) is var accusedAfter and >= 0)
            {
                // "complained to the WTO about Sylvania": the body is the forum; the complaint is against the actor named after it.
                targetMention = _mentions.SpecificIndex(view, accusedAfter);
                target = view.Mentions[targetMention].Mention.Actor;
                targetToken = view.Mentions[accusedAfter].EndToken;
            }
            else if (after >= 0 && _clues.IsVenue(view, pattern, after) && _nearbyCounterpart.Of(references, counterparts, source) is { } accused)
            {
                // "filed a complaint with the WTO": the body is the forum; the complaint is against the counterpart.
                target = accused;
                targetToken = view.Mentions[after].EndToken;
            }
            else if (after >= 0)
            {
                targetMention = _mentions.SpecificIndex(view, after);
                target = view.Mentions[targetMention].Mention.Actor;
                targetToken = view.Mentions[after].EndToken;
            }
            else if (pattern.Symmetric && ClauseMentions.OtherBefore(view, trigger, subjectStart, source) is var other and >= 0)
            {
                target = view.Mentions[other].Mention.Actor;
            }
            else if (pattern.Symmetric && TargetClues.PluralObjectIn(view, Math.Max(subjectStart, trigger - TargetClues.PluralObjectReach), match.End + 1) && references.Pair() is var (first, second) &&
                     first.CountryPart != source.CountryPart && second.CountryPart != source.CountryPart)
            {
                // "Rufus brought them together for talks": "them" is the pair last named; the act joins the source with both.
                target = first;
                otherTargets.Add(second);
                confidence -= 0.1;
            }
            else if (!pattern.Symmetric && _clues.ObjectParties(view, match.End, clauseEnd, source, references, counterparts) is { Count: > 0 } parties)
            {
                // "Freedonia urged both governments to ...", "condemned the three countries": one event toward each party.
                target = parties[0];
                otherTargets.AddRange(parties.Skip(1));
                confidence -= 0.1;
            }
            else if (!pattern.Symmetric && _clues.DisputedPlaceClaimants(view, trigger + 1, _clues.ObjectLimit(view, pattern, match, clauseEnd), source) is { Count: > 0 } claimants)
            {
                // "sent warships to the disputed islets": an act aimed at a place others claim targets them.
                target = claimants[0];
                otherTargets.AddRange(claimants.Skip(1));
                confidence -= 0.1;
            }
            else if (knowledge.PlaceTargetTypes.Contains(pattern.Type) && !pattern.Symmetric &&
                     _clues.PlaceCountry(view, trigger + 1, _clues.ObjectLimit(view, pattern, match, clauseEnd), source) is { } placeCountry)
            {
                // "fired some 170 shells at Yeonpyeong Island", "a missile that flew over Hokkaido": the place's country.
                target = placeCountry;
                confidence -= 0.1;
            }
            else if (!pattern.Symmetric && HomePublicAfter(view, match.End))
            {
                // "apologised to the nation", "addressed the public": the source's own people.
                target = ActorCode.Of(source.CountryPart, ActorRole.CVL);
                confidence -= 0.1;
            }
            else if (!pattern.Symmetric && knowledge.DomesticRoles.Contains(source.Role) && _clues.StateDescriptionAfter(view, match.End, clauseEnd))
            {
                // "Sylvanian lawmakers urged the government to ...", "the court ordered the government to": a domestic actor's
                // "the government" is its own.
                target = ActorCode.Of(source.CountryPart, ActorRole.GOV);
                confidence -= 0.1;
            }
            else if (!pattern.Symmetric && (pattern.Home || knowledge.HomeTargetRoles.Contains(source.Role)))
            {
                // "The opposition leader called the plan a humiliation", "declared martial law": an untargeted act at home.
                target = pattern.Home ? ActorCode.Of(source.CountryPart) : ActorCode.Of(source.CountryPart, ActorRole.GOV);
                confidence -= 0.15;
            }
            else if (!pattern.Symmetric && _clues.ActReferenceAfter(view, trigger + 1, match.End, clauseEnd) is { } referred &&
                     (references.LastActorOtherThan([source.CountryPart, .. joinedSources.Select(c => c.CountryPart)], referred) ??
                      (knowledge.DomesticRoles.Contains(source.Role) ? references.LastActorAtHomeOtherThan(source, referred) : null)) is { } actor)
            {
                // A domestic actor's act on an act of its own government ("lawmakers voted to lift it") targets that government.
                // "Washington expressed disappointment at the decision": the act referred to is the last one of another
                // country ("condemned the launch": the last launch, a THREATEN, MOBILIZE or ASSAULT).
                target = actor;
                confidence -= 0.15;
            }
            else if (_clues.CountryBefore(view, trigger, source, joinedSources) is { } inClause)
            {
                // "After Sylvania's ruling Fredville retaliated": a main country named earlier in the act's own clause is its other party.
                target = inClause;
                confidence -= 0.15;
            }
            else if (_nearbyCounterpart.Of(references, counterparts, source) is { } counterpart)
            {
                // No target in the clause: the other country named most nearby, else the source's counterpart in the article.
                target = counterpart;
                confidence -= 0.15;
            }
        }

        return new ActorSlots(source, sourceMention, sourceToken, target, targetMention, targetToken, otherSources, otherTargets, confidence);
    }

    /// <summary>
    /// "an Asian summit in Phnom Penh", "the Group of Seven summit in Kananaskis, Canada": in an article about two or more
    /// of the main countries, a country that is not one of them, named as the place of a joint act, is its venue, not its
    /// party; the next actor after it is the object instead (-1 when none).
    /// </summary>
    private int PastForeignVenue(SentenceView view, EventPattern pattern, PhraseMatch match, Counterparts counterparts, int after, int limit, ActorCode? source, int sourceMention)
    {
        while (after >= 0 && counterparts.Ranked.Count >= 2 && view.Mentions[after].Mention.Actor is { IsInternationalBody: false } place &&
               !knowledge.MainCountries.Contains(place.CountryPart) && _mentions.IsPlace(view, after, pattern.Phrase, match.End))
        {
            after = _clues.ObjectAfter(view, view.Mentions[after].EndToken, limit, source, sourceMention);
        }

        return after;
    }

    /// <summary>
    /// "will hold talks in Fredville on Wednesday with Trentino": the place of a joint act is passed over for the partner
    /// named after it with "with" in its clause; without one the place stays the object.
    /// </summary>
    private int PastPlaceToPartner(SentenceView view, EventPattern pattern, PhraseMatch match, int after, int clauseEnd, ActorCode? source, int sourceMention)
    {
        if (after < 0 || !_mentions.IsPlace(view, after, pattern.Phrase, match.End))
        {
            return after;
        }

        var next = _clues.ObjectAfter(view, view.Mentions[after].EndToken, clauseEnd, source, sourceMention);
        return next >= 0 && view.Tokens[view.Mentions[next].StartToken - 1].Lower == "with" ? next : after;
    }

    /// <summary>
    /// A joint act with no source named: with one party named the other is its main counterpart; with none but a
    /// stated date, the country named most nearby and its counterpart, else the article's two main countries.
    /// </summary>
    private ActorSlots ForJointAct(TriggerClause clause, ActorSlots slots)
    {
        var (_, view, pattern, match, references, counterparts, _, clauseEnd, _, passive) = clause;
        var trigger = match.Start;
        var (source, sourceMention, sourceToken, target, targetMention, targetToken, otherSources, otherTargets, confidence) = slots;
        if (source is null && pattern.Symmetric)
        {
            // A joint action with one party named ("a visit to Japan", "the 2023 summit with Seoul"), or none
            // but a stated date ("the 2015 agreement"): the other party is the article's main counterpart.
            var limit = _clues.ObjectLimit(view, pattern, match, clauseEnd);
            var after = PastForeignVenue(view, pattern, match, counterparts, _clues.ObjectAfter(view, trigger + 1, limit, null, -1, pattern.Phrase, match.End), limit, null, -1);
            target ??= after >= 0 ? _mentions.Specific(view, after).Mention.Actor : null;
            var dated = TriggerScreen.HasOwnDate(view, trigger) || VerbForms.IsDatedParticiple(view, trigger, match.End, passive) ||
                pattern.Nominal && TriggerScreen.IsDatedRightAfter(view, match.End);
            var joined = after >= 0 && target is not null ? _coordination.Coordinated(view, after) : [];
            if (target is not null && joined.Count > 0)
            {
                // "a summit between Washington and Pyongyang", "talks of Fredville, Sylvaton and Ostrava": the actors
                // listed after the noun are its parties.
                source = target;
                target = joined[0];
                otherTargets.AddRange(joined.Skip(1));
                confidence -= 0.1;
            }
            else if (target is not null)
            {
                source = counterparts.Of(target);
                confidence -= 0.15;
            }
            else if (dated && references.NearbyCountry(knowledge.MainCountries, null, counterparts.Ranked) is { } last &&
                _nearbyCounterpart.Of(references, counterparts, ActorCode.Of(last)) is { } other)
            {
                // "the 2015 agreement": between the country named most nearby and its counterpart.
                source = ActorCode.Of(last, ActorRole.GOV);
                target = other;
                confidence -= 0.2;
            }
            else if (dated && counterparts.Ranked.Count >= 2)
            {
                source = ActorCode.Of(counterparts.Ranked[0], ActorRole.GOV);
                target = ActorCode.Of(counterparts.Ranked[1], ActorRole.GOV);
                confidence -= 0.2;
            }
        }

        return new ActorSlots(source, sourceMention, sourceToken, target, targetMention, targetToken, otherSources, otherTargets, confidence);
    }

    /// <summary>Whether a <c>home_public</c> phrase ("the nation", "the public") follows the trigger, after "to" at most.</summary>
    private bool HomePublicAfter(SentenceView view, int end)
    {
        var at = end < view.Tokens.Count && view.Tokens[end].Lower == "to" ? end + 1 : end;
        foreach (var words in knowledge.HomePublic)
        {
            var k = 0;
            while (k < words.Count && at + k < view.Tokens.Count && view.Tokens[at + k].Lower == words[k])
            {
                k++;
            }

            if (k == words.Count)
            {
                return true;
            }
        }

        return false;
    }
}
