using NodaTime;
using Strait.Core.Events;
using Strait.Core.Time;
using Strait.Text.Dating;
using Strait.Text.Pipeline;
using Strait.Text.Times;

namespace Strait.Text.Coding;

/// <summary>
/// The date a sentence states for one event: the nearest time expression to its trigger (one in another clause, one
/// right after another act's verb before the trigger, one before a <c>complementizers</c> word that opens the trigger's
/// clause ("documents how ..."), one after an <c>effect_date</c> cue ("with effect from"), or one that dates the report
/// of a planned event, counts as farther; one right before another kind of event noun is
/// that noun's unless the trigger states that event's content, "the 2030 declaration in which ..."; one in a coordinated
/// clause after the trigger with its own subject, or in a relative clause after it, is that clause's), re-read
/// for the event's status (the sentence's only date reaches further, <see cref="SoleTimeReach"/>); else a named period
/// of the knowledge file the trigger is part of or that follows it ("colonial rule", "during the Korean War"); else the
/// publication month, marked as not stated. A wire dateline's day, a time after the "to" of a verb of commitment
/// ("agreed to hold talks in June": the talks'), a year-less day after "of" and another noun ("the crush of Oct. 29") and
/// a year naming the object inside the phrase ("respected the 2015 deal") never date the trigger.
/// <para>
/// Re-reading for status: a bare weekday ("on Sunday") of a planned event is the coming one, unless the weekday dates
/// the report ("said on Sunday it would ..."); a year-less day ("on August 12") of an event that happened is the latest
/// such day not after publication (<see cref="TimeResolver.PastDay"/>), of a planned one the nearest; a year-less
/// month of a planned event is the first such month not before the publication month ("will meet in March").
/// </para>
/// </summary>
public sealed class EventDating(CodingKnowledge knowledge)
{
    /// <summary>How many tokens before a relative clause between commas its antecedent's date may stand ("the 2030 rulings of the court, which ...").</summary>
    private const int AntecedentReach = 8;

    /// <summary>How many tokens before the "to" of an act committed to its verb of commitment may stand ("agreed on Monday to hold").</summary>
    private const int CommitmentReach = 4;

    /// <summary>How far (tokens) a time expression may be from the trigger and still date it.</summary>
    public const int TimeReach = 25;

    /// <summary>How far (tokens) the only time expression of a sentence may be from a trigger in its clause and still date it.</summary>
    public const int SoleTimeReach = 40;

    /// <summary>How many tokens after a period opener ("during") a period's name may start ("during the long Korean War").</summary>
    private const int PeriodReach = 5;

    /// <summary>How many tokens after an event noun a relative clause stating its content may open ("the peace declaration in which").</summary>
    private const int NounPhraseReach = 3;

    /// <summary>
    /// The stated date of the event whose trigger spans <paramref name="trigger"/> to <paramref name="triggerEnd"/>, else
    /// the publication month; <paramref name="coming"/> says the text places the date ahead of its writing ("later this
    /// month", a <c>coming_times</c> cue of cues.yaml), though it may include the publication date.
    /// </summary>
    public PartialDate? Date(TextDocument document, SentenceView view, int trigger, int triggerEnd, EventType type, bool planned, out bool stated, out bool coming)
    {
        coming = false;
        PlacedTime? best = null;
        var bestDistance = int.MaxValue;
        var clause = view.ClauseOf[trigger];
        foreach (var time in view.Times)
        {
            // A date a preposition of the phrase governs ("called on May 5 for talks") is the trigger's own.
            var own = time.StartToken > trigger + 1 && time.EndToken < triggerEnd && knowledge.Prepositions.Contains(view.Tokens[time.StartToken - 1].Lower);
            if (time.Time.When is null || IsDateline(document, time) || IsRemembered(view, time, trigger) || OfOtherNoun(view, time, triggerEnd) || !own && ModifiesOtherEvent(view, time, trigger, type) || InOtherInsertion(view, time, trigger) || IsEndPoint(view, time, triggerEnd) ||
                InCommittedAct(view, trigger, triggerEnd, time) || ModifiesObject(view, time, trigger, triggerEnd, type) ||
                (time.StartToken >= triggerEnd && (InLaterClause(view, triggerEnd, time) || FollowsOtherVerb(view, triggerEnd, time, type) || InRelativeClause(view, triggerEnd, time))))
            {
                continue;
            }

            var distance = time.StartToken >= triggerEnd ? time.StartToken - triggerEnd + 1 : time.EndToken <= trigger ? trigger - time.EndToken + 1 : 0;
            var report = planned && DatesReport(view, time, trigger);
            if (report)
            {
                // "told reporters on Thursday that she would meet ... next week": the plan's own date comes first.
                distance += TimeReach / 2;
            }

            var earlierClause = time.EndToken <= trigger && InEarlierClause(view, time, trigger);
            if (earlierClause && !planned && IsPastForm(view, trigger) && document.Published is { } published && time.Time.When is { } ahead && ahead.Start > published.End)
            {
                // "agreed to prepare for the anniversary next year, and Rufus offered support": a coming time of an earlier
                // clause does not date a past act of a later one.
                continue;
            }

            if (view.ClauseOf[Math.Min(time.StartToken, view.Tokens.Count - 1)] != clause || earlierClause)
            {
                distance += TimeReach / 2;
            }
            else if (time.StartToken >= triggerEnd && knowledge.Cue("effect_date").AnyIn(view, Math.Max(triggerEnd, time.StartToken - 3), time.StartToken))
            {
                // "approved removing Sylvania from the list, with effect from August 28": the day the measure takes effect.
                distance += TimeReach / 2;
            }
            else if (time.EndToken <= trigger && view.AnyWordIn(knowledge.Complementizers, time.EndToken, trigger))
            {
                // "documents how Freedonia drafted ...", "said on Monday that ...": the time dates the outer clause first.
                distance += TimeReach / 2;
            }
            else if (time.EndToken <= trigger && FollowsOtherVerb(view, Math.Max(0, time.StartToken - 2), time, type))
            {
                // "apologised on Friday over the shooting earlier this week": a date right after another act's verb is that act's first.
                distance += TimeReach / 2;
            }

            // The sentence's only date, in the trigger's clause, dates it however long the clause ("Last month, X, with
            // Y's blessing, announced ..., just as Z was severing ...").
            var reach = view.Times.Count == 1 && view.ClauseOf[Math.Min(time.StartToken, view.Tokens.Count - 1)] == clause ? SoleTimeReach : TimeReach;
            // With no date of its own, a plan takes that of its report ("in March, when the government announced that a
            // fund would pay ..."), as far as the report's date would reach an event of the report itself.
            reach += report ? TimeReach / 2 : 0;
            if (distance < bestDistance && distance <= reach)
            {
                best = time;
                bestDistance = distance;
            }
        }

        if (best is not null)
        {
            stated = true;
            coming = knowledge.Cue("coming_times").Cues.Any(cue => PhraseMatcher.MatchesAt(cue, view, best.StartToken, best.EndToken));
            return ForStatus(document, view, best, trigger, planned);
        }

        if (PeriodAt(view, trigger, triggerEnd, type) is { } period)
        {
            // "Japan's colonial rule", "during the Korean War": a named period of the knowledge file.
            stated = true;
            return period;
        }

        stated = false;
        if (document.Published is null)
        {
            return null;
        }

        var day = document.Published.Start;
        return PartialDate.Month(new YearMonth(day.Year, day.Month));
    }

    /// <summary>
    /// True when <paramref name="when"/> begins after the publication date ends ("would be held in 2031" in a report of
    /// 2030): an event the text dates after it was written has not happened yet, so it is planned.
    /// </summary>
    public static bool IsAhead(PartialDate? when, PartialDate? published) =>
        when is not null && published is not null && when.Start > published.End;

    /// <summary>The time's date re-read for a past or planned event (see the class summary).</summary>
    private PartialDate ForStatus(TextDocument document, SentenceView view, PlacedTime time, int trigger, bool planned)
    {
        var when = time.Time.When!;
        if (document.Published is not { } published)
        {
            return when;
        }

        // "announced for April 26": a day given as a plan's is the nearest one, ahead or not.
        var report = DatesReport(view, time, trigger);
        var ahead = planned && !report || ScheduledFor(view, time) || IsCommittedAct(view, trigger) && time.StartToken > trigger;
        return time.Time.Reference switch
        {
            // "will not attend, his office said on Monday": the weekday dates the report, so it is the past one.
            WeekdayTime weekday when planned && report && !ahead && weekday.Direction is not (WeekdayDirection.Past or WeekdayDirection.Before) =>
                TimeResolver.Resolve(weekday with { Direction = WeekdayDirection.Past }, published) ?? when,
            WeekdayTime weekday when ahead && time.EndToken - time.StartToken == 1 =>
                TimeResolver.Resolve(weekday with { Direction = WeekdayDirection.Future }, published) ?? when,
            DayOfYear day => TimeResolver.Resolve(day with { Ahead = ahead }, published) ?? when,
            MonthOfYear { Relation: MonthRelation.Latest } month when ahead =>
                TimeResolver.Resolve(month with { Relation = MonthRelation.Following }, published) ?? when,
            SeasonOfYear { Relation: MonthRelation.Latest } season when ahead =>
                TimeResolver.Resolve(season with { Relation = MonthRelation.Following }, published) ?? when,
            _ => when,
        };
    }

    /// <summary>
    /// "Rufus, who criticized Sylvania in 2029, met Trentino": a time inside an insertion (a bracket, a relative clause
    /// between commas) dates only what is inside it, and a trigger inside one takes no time from outside it but its
    /// antecedent's, a time within <see cref="AntecedentReach"/> tokens before it in the clause it interrupts.
    /// </summary>
    private static bool InOtherInsertion(SentenceView view, PlacedTime time, int trigger)
    {
        var inside = view.InsertionAt(trigger);
        var timeInside = view.InsertionAt(Math.Min(time.StartToken, view.Tokens.Count - 1));
        if (inside >= 0 && timeInside < 0 && time.EndToken <= trigger &&
            Array.IndexOf(view.ClauseOf, inside) is var opens and > 0 && opens - time.EndToken <= AntecedentReach && view.ClauseOf[time.StartToken] == view.ClauseOf[opens - 1])
        {
            // "the 2030 rulings of the Sylvanian court, which ordered ...": a relative clause takes its antecedent's date.
            return false;
        }

        return timeInside != inside;
    }

    /// <summary>
    /// "agreed to push the games back to 2031", "moved the talks to May": a time after the trigger introduced by
    /// one of <c>end_point_words</c> names where the act leads, not when it happened.
    /// </summary>
    private bool IsEndPoint(SentenceView view, PlacedTime time, int triggerEnd) =>
        time.StartToken >= triggerEnd && time.StartToken > 0 && knowledge.EndPointWords.Contains(view.Tokens[time.StartToken - 1].Lower);

    /// <summary>
    /// ", and on May 2 the opposition leader began ...", ", and Freedonia replied on May 2": the time stands in a clause
    /// coordinated after the trigger's (a comma and a <c>new_clause</c> cue, then, past a preposition or determiner,
    /// the time itself or a new subject), so it dates that clause's event.
    /// </summary>
    private bool InLaterClause(SentenceView view, int triggerEnd, PlacedTime time)
    {
        var cue = knowledge.Cue("new_clause");
        for (var c = triggerEnd; c + 2 <= time.StartToken; c++)
        {
            if (view.Tokens[c].Lower != "," || !cue.AnyAt(view, c + 1, view.Tokens.Count))
            {
                continue;
            }

            var next = c + 2;
            while (next < time.StartToken && (knowledge.Prepositions.Contains(view.Tokens[next].Lower) || knowledge.Determiners.Contains(view.Tokens[next].Lower)))
            {
                next++;
            }

            if (next == time.StartToken || view.MentionStartingAt(next) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "agreed to lift the curbs imposed in 2031": a date right after a past form ("-ed") of another kind of event verb
    /// after the trigger, one of its patterns matching there or its object just before it ("the curbs imposed"), dates
    /// that verb (a temporal phrase attaches to the nearest verb), not the trigger; "a lawsuit ... opened in May" keeps
    /// its date ("open" alone is no event).
    /// </summary>
    private bool FollowsOtherVerb(SentenceView view, int triggerEnd, PlacedTime time, EventType type)
    {
        for (var k = Math.Max(triggerEnd, time.StartToken - 2); k < time.StartToken; k++)
        {
            var word = view.Tokens[k];
            if (word.Lower.EndsWith("ed", StringComparison.Ordinal) && knowledge.PatternsByAnchor.TryGetValue(word.Stem, out var patterns) &&
                patterns.All(p => p.Type != type) && patterns.Any(p => !p.Nominal && (PhraseMatcher.MatchesAt(p.Phrase, view, k, view.Tokens.Count) || ObjectBefore(view, p.Phrase, k))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "agreed to lift the curbs that it put in place in 2031", "recalled the envoy who arrived on May 2": a date right
    /// after a verb in a past form ("-ed" or an irregular past) of a relative clause after the trigger (an opener of
    /// <c>relative_openers</c> after a word of the trigger's object) dates that clause's verb, not the trigger. An opener
    /// right after the trigger is its complement ("agreed that ..."), not a relative clause.
    /// </summary>
    private bool InRelativeClause(SentenceView view, int triggerEnd, PlacedTime time)
    {
        var verb = -1;
        for (var k = Math.Max(triggerEnd, time.StartToken - 2); k < time.StartToken; k++)
        {
            var word = view.Tokens[k];
            if (word.Lower.EndsWith("ed", StringComparison.Ordinal) || (word.Lower != word.Stem && word.Lower != word.Stem + "e" &&
                !word.Lower.EndsWith('s') && !word.Lower.EndsWith("ing", StringComparison.Ordinal) && char.IsLetter(word.Lower[0])))
            {
                verb = k;
            }
        }

        for (var r = triggerEnd + 1; r < verb; r++)
        {
            if (knowledge.RelativeOpeners.Contains(view.Tokens[r].Lower) && char.IsLetterOrDigit(view.Tokens[r - 1].Lower[0]) &&
                !knowledge.Prepositions.Contains(view.Tokens[r - 1].Lower) && !knowledge.ReportingVerbs.Contains(view.Tokens[r - 1].Stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the tariffs imposed": a word of the phrase after its anchor stands just before the anchor, as in a passive.</summary>
    private static bool ObjectBefore(SentenceView view, Phrase phrase, int anchor)
    {
        for (var i = Math.Max(0, anchor - 4); i < anchor; i++)
        {
            if (phrase.Core.Skip(1).Any(e => e is WordElement word && word.Stems.Contains(view.Tokens[i].Stem)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the meetings, which open on Friday, and to hold a summit on Saturday": a comma and a <c>new_clause</c> cue between
    /// the time and the trigger put the time in an earlier coordinated clause; it counts as farther, so the trigger's own
    /// date wins, but still dates it when there is none ("On Friday, Freedonia met Sylvania, and the two agreed ...").
    /// </summary>
    /// <summary>A trigger word in "-ed" ("offered", "agreed"): a past form.</summary>
    private static bool IsPastForm(SentenceView view, int trigger) => view.Tokens[trigger].Lower.EndsWith("ed", StringComparison.Ordinal);

    private bool InEarlierClause(SentenceView view, PlacedTime time, int trigger)
    {
        var cue = knowledge.Cue("new_clause");
        for (var c = time.EndToken; c + 1 < trigger; c++)
        {
            if (view.Tokens[c].Lower == "," && cue.AnyAt(view, c + 1, trigger))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "SEOUL, April 25 -- Rufus met Trentino on Monday": the day of a wire dateline, near the sentence's start and
    /// followed by a dash, is the day the report was filed, not the day of what it reports.
    /// </summary>
    private static bool IsDateline(TextDocument document, PlacedTime time) =>
        time.StartToken <= Dateline.MaxPlaceWords + 2 && Dateline.IsFollowedByDash(document.Text, time.Time.Span);

    /// <summary>
    /// "agreed to hold talks in June": the trigger is a verb of <c>commitment_verbs</c> and the time stands after its "to",
    /// in its clause, so it dates the act committed to, not the commitment.
    /// </summary>
    private bool InCommittedAct(SentenceView view, int trigger, int triggerEnd, PlacedTime time)
    {
        if (!knowledge.CommitmentVerbs.Contains(view.Tokens[trigger].Stem))
        {
            return false;
        }

        for (var t = trigger + 1; t <= triggerEnd && t < view.Tokens.Count; t++)
        {
            if (view.Tokens[t].Lower == "to")
            {
                return time.StartToken > t && view.ClauseOf[Math.Min(time.StartToken, view.Tokens.Count - 1)] == view.ClauseOf[trigger];
            }
        }

        return false;
    }

    /// <summary>
    /// "agreed to hold talks in June", "agreed on Monday to hold talks": the trigger is the act a verb of
    /// <c>commitment_verbs</c> (at most <see cref="CommitmentReach"/> tokens before its "to", in its clause) commits to,
    /// so a year-less date after it lies ahead.
    /// </summary>
    private bool IsCommittedAct(SentenceView view, int trigger)
    {
        if (trigger < 2 || view.Tokens[trigger - 1].Lower != "to")
        {
            return false;
        }

        for (var k = trigger - 2; k >= Math.Max(0, trigger - 1 - CommitmentReach); k--)
        {
            if (view.ClauseOf[k] != view.ClauseOf[trigger])
            {
                return false;
            }

            if (knowledge.CommitmentVerbs.Contains(view.Tokens[k].Stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"announced for April 26": a word of <c>schedule_words</c> right before the time makes it the date given to a plan.</summary>
    private bool ScheduledFor(SentenceView view, PlacedTime time) =>
        time.StartToken > 0 && knowledge.ScheduleWords.Contains(view.Tokens[time.StartToken - 1].Lower);

    /// <summary>
    /// "said on Thursday it would ...", "told reporters Tuesday that ...", "in March, when the government announced that
    /// a fund would pay ...": the date is that of the report (a reporting verb just before it, or between it and the
    /// planned trigger), not of the plan; a time after a schedule word ("announced for April 26") is the plan's.
    /// </summary>
    private bool DatesReport(SentenceView view, PlacedTime time, int trigger)
    {
        if (ScheduledFor(view, time))
        {
            // "announced for April 26": the date the report gives the plan, not the report's.
            return false;
        }

        for (var k = time.StartToken - 1; k >= Math.Max(0, time.StartToken - 3); k--)
        {
            if (knowledge.ReportingVerbs.Contains(view.Tokens[k].Stem))
            {
                return true;
            }
        }

        for (var k = time.EndToken; k < trigger; k++)
        {
            if (knowledge.ReportingVerbs.Contains(view.Tokens[k].Stem))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The span of a named historical period (periods in cues.yaml) that is the trigger itself or the word before it
    /// ("colonial rule", "wartime forced labour") or follows a <c>period_openers</c> word after it ("conscripted during
    /// the Korean War", "under Japanese rule"), the shortest when there are several; null when there is none.
    /// </summary>
    private PartialDate? PeriodAt(SentenceView view, int trigger, int triggerEnd, EventType type)
    {
        var clauseEnd = view.ClauseEnd(trigger);
        PartialDate? best = null;
        for (var i = Math.Max(view.ClauseStart(trigger), trigger - 1); i < triggerEnd; i++)
        {
            best = Shorter(best, PeriodStartingAt(view, i, clauseEnd));
        }

        if (knowledge.PeriodObjectTypes.Contains(type))
        {
            // "conscripted for wartime labour": an act of the period itself is dated by a period its object names.
            for (var i = triggerEnd; i < Math.Min(clauseEnd, triggerEnd + PeriodReach); i++)
            {
                best = Shorter(best, PeriodStartingAt(view, i, clauseEnd));
            }
        }

        var openers = knowledge.Cue("period_openers");
        for (var k = triggerEnd; k < Math.Min(clauseEnd, triggerEnd + openers.After); k++)
        {
            if (!openers.AnyAt(view, k, clauseEnd))
            {
                continue;
            }

            for (var i = k + 1; i < Math.Min(clauseEnd, k + 1 + PeriodReach); i++)
            {
                best = Shorter(best, PeriodStartingAt(view, i, clauseEnd));
            }
        }

        return best;
    }

    private PartialDate? PeriodStartingAt(SentenceView view, int i, int clauseEnd)
    {
        if (knowledge.PeriodsByAnchor.TryGetValue(view.Tokens[i].Stem, out var periods))
        {
            foreach (var period in periods)
            {
                if (PhraseMatcher.MatchesAt(period.Phrase, view, i, clauseEnd))
                {
                    return period.When;
                }
            }
        }

        return null;
    }

    private static PartialDate? Shorter(PartialDate? best, PartialDate? other) =>
        other is null || (best is not null && best.Length <= other.Length) ? best : other;

    /// <summary>
    /// "the 2030 declaration in which Freedonia apologized", "the 2031 accord under which Sylvania lifted its tariffs": the
    /// trigger stands in a relative clause opened by a preposition and a <c>relative_openers</c> word right after the event
    /// noun at <paramref name="noun"/>, so it states what that event said or did, and shares its date.
    /// </summary>
    private bool StatesContentOf(SentenceView view, int noun, int trigger)
    {
        // The noun may be the first of a compound ("the 2030 peace declaration in which ..."): the opener follows the phrase.
        for (var k = noun + 1; k < Math.Min(trigger - 1, noun + NounPhraseReach); k++)
        {
            if (knowledge.Prepositions.Contains(view.Tokens[k].Lower) && knowledge.RelativeOpeners.Contains(view.Tokens[k + 1].Lower))
            {
                return !Enumerable.Range(k + 2, trigger - k - 2).Any(i => view.Tokens[i].Lower is "," or ";" or ":");
            }

            if (!char.IsLetterOrDigit(view.Tokens[k].Lower[0]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Under the 2030 accord, Freedonia paid ...": the date stands in a frame opened by a <c>content_prepositions</c> word
    /// (determiners aside) before the trigger, so the trigger carries out that event's terms and shares its date.
    /// </summary>
    private bool InContentFrame(SentenceView view, PlacedTime time, int trigger)
    {
        var k = WordBeforeDeterminers(view, time.StartToken);

        return k >= 0 && time.EndToken <= trigger && knowledge.ContentPrepositions.Contains(view.Tokens[k].Lower);
    }

    /// <summary>
    /// "the anniversary of the 2030 uprising": a time after an <c>anniversary_words</c> word and "of" (determiners
    /// aside) dates the event remembered, not the act; the remembered event's own noun right after it ("the anniversary
    /// of the 1965 treaty") keeps it.
    /// </summary>
    private bool IsRemembered(SentenceView view, PlacedTime time, int trigger)
    {
        if (trigger >= time.EndToken && trigger - time.EndToken <= NounPhraseReach &&
            Enumerable.Range(time.EndToken, trigger - time.EndToken).All(k => char.IsLetter(view.Tokens[k].Lower[0]) && view.MentionStartingAt(k) < 0))
        {
            return false;
        }

        var k = WordBeforeDeterminers(view, time.StartToken);

        return k >= 1 && view.Tokens[k].Lower == "of" && knowledge.AnniversaryWords.Contains(view.Tokens[k - 1].Lower);
    }

    /// <summary>
    /// "respected the 2030 deal", "urged Sylvania to implement the 2030 accord": a year between a determiner and a noun
    /// inside the trigger's phrase names which object the act is about, not when the act happened (an agreement's own
    /// verbs aside: "signed the 2030 treaty" is dated by it).
    /// </summary>
    private bool ModifiesObject(SentenceView view, PlacedTime time, int trigger, int triggerEnd, EventType type) =>
        type is not (EventType.AGREE or EventType.COOPERATE) && time.StartToken > trigger + 1 && time.EndToken < triggerEnd &&
        time.Time.When is { Precision: DatePrecision.Year } && knowledge.Determiners.Contains(view.Tokens[time.StartToken - 1].Lower) &&
        char.IsLetter(view.Tokens[time.EndToken].Lower[0]) && !view.Tokens[time.EndToken].Capitalized;

    /// <summary>
    /// "offered condolences over the crowd crush of Oct. 29": a day without its year after "of" and a noun after the
    /// trigger dates that noun ("the crush of Oct. 29"), not the trigger; a part of a day or a span ("on the evening of
    /// March 25", <c>time_part_words</c>) is the time itself.
    /// </summary>
    private bool OfOtherNoun(SentenceView view, PlacedTime time, int triggerEnd) =>
        time.StartToken >= triggerEnd + 2 && time.Time.Reference is DayOfYear && view.Tokens[time.StartToken - 1].Lower == "of" &&
        char.IsLetter(view.Tokens[time.StartToken - 2].Lower[0]) && !knowledge.TimePartWords.Contains(view.Tokens[time.StartToken - 2].Lower);

    /// <summary>The last token before <paramref name="token"/> that is no determiner ("of the 2030 uprising": "of"); -1 when none.</summary>
    private int WordBeforeDeterminers(SentenceView view, int token)
    {
        var k = token - 1;
        while (k >= 0 && knowledge.Determiners.Contains(view.Tokens[k].Lower))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// "a 2015 agreement", "the 1950-53 war", "the 2020 Olympics": a date right before another kind of event noun or an
    /// occasion (<c>occasion_nouns</c>) dates that noun, not this trigger. "On the day the release began" is the day of
    /// both events, so it dates this one too.
    /// </summary>
    private bool ModifiesOtherEvent(SentenceView view, PlacedTime time, int trigger, EventType type)
    {
        if (time.Time.Reference is AnaphoricTime { Offset: 0 })
        {
            return false;
        }

        if (time.StartToken > 1 && view.Tokens[time.StartToken - 1].Lower is "a" or "an" && time.EndToken < view.Tokens.Count &&
            !knowledge.OccasionPrepositions.Contains(view.Tokens[time.StartToken - 2].Lower) &&
            time.EndToken != trigger && char.IsLetter(view.Tokens[time.EndToken].Lower[0]) && view.Tokens[time.EndToken].Lower != "to" &&
            (trigger < time.StartToken || trigger > time.EndToken + 2))
        {
            // "repeating the words of a 1998 declaration": a date between "a" and a noun names which one of its kind, not
            // when this trigger happened; after a preposition of occasion ("said in a 2019 interview") it is the trigger's.
            return true;
        }

        for (var k = time.EndToken; k < Math.Min(view.Tokens.Count, time.EndToken + 2); k++)
        {
            if (k == trigger || !char.IsLetterOrDigit(view.Tokens[k].Lower[0]) || view.Tokens[k].Lower == "to" || IsMannerAt(view, k))
            {
                // The trigger itself, a comma or other mark after the date ("On May 4, trade talks ..."), an infinitive
                // ("urged Sylvania on May 4 to show restraint") or the spirit of the act ("recalled its envoy in May 2030
                // in protest", <see cref="TriggerScreen.IsMannerOf"/>): no modifier.
                return false;
            }

            // The same kind of event restated ("to visit Japan, the August 23-24 visit") keeps the date.
            if (knowledge.PatternsByAnchor.TryGetValue(view.Tokens[k].Stem, out var patterns) && patterns.Any(p => p.Nominal) && patterns.All(p => p.Type != type))
            {
                return !StatesContentOf(view, k, trigger) && !InContentFrame(view, time, trigger);
            }

            if (knowledge.OccasionNouns.Contains(view.Tokens[k].Lower))
            {
                // "would not ban the flag at the 2020 Olympics": a year before a named occasion is that occasion's.
                return true;
            }
        }

        return false;
    }

    /// <summary>"in protest" at <paramref name="k"/>: "in" before a complaint or protest noun (<see cref="TriggerScreen.IsMannerPhrase"/>).</summary>
    private bool IsMannerAt(SentenceView view, int k) =>
        k + 1 < view.Tokens.Count && knowledge.PatternsByAnchor.TryGetValue(view.Tokens[k + 1].Stem, out var patterns) &&
        patterns.Any(p => p.Nominal && TriggerScreen.IsMannerPhrase(view, k + 1, p));
}
