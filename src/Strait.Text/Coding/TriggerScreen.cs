using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// Decides whether a matched trigger is an act of its own: not a word inside a name, not an event noun governed by
/// the trigger before it ("withdrawal from the agreement"), not the purpose or complement of another verb ("met to
/// discuss", "urged Sylvania to withdraw"), not the concession an agreement stands for ("agreed to lift the curbs").
/// </summary>
public sealed class TriggerScreen(CodingKnowledge knowledge)
{
    /// <summary>How many words after an asked-for act an "and" may stand and still join another asked-for act to it.</summary>
    public const int CoordinationReach = 4;

    /// <summary>How many words before an infinitive a proposal noun may stand and still govern it ("a proposal for Sylvanian and Freedonian firms to ...").</summary>
    public const int ProposalReach = 8;

    /// <summary>How many words after an event noun its "is" or "was" may stand ("the summit with Sylvania was ...").</summary>
    public const int DescribedReach = 5;

    /// <summary>A noun this close after another trigger is that trigger's object ("withdrawal from the agreement").</summary>
    private const int GovernedReach = 3;

    /// <summary>
    /// A trigger word inside a name of several words ("Cooperation Foundation", "the Freedonia-Sylvania Trade
    /// Council") is not a trigger: a name that starts at the word, or an organisation's name around it.
    /// </summary>
    public static bool IsInsideName(SentenceView view, int token)
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

    /// <summary>
    /// "fired some 170 shells at the island, killing two marines": an "-ing" verb after a comma, of the type of the verb
    /// trigger that ended before it in its sentence, goes on telling that act; it is not another.
    /// </summary>
    public static bool ContinuesAct(SentenceView view, (int End, EventType Type) verb, EventPattern pattern, int trigger) =>
        !pattern.Nominal && pattern.Type == verb.Type && verb.End <= trigger && trigger > 0 && view.Tokens[trigger - 1].Lower == "," &&
        view.Tokens[trigger].Lower.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>
    /// "ruled out a summit", "cancelled the planned talks": an event noun that is the direct object of a rejecting verb
    /// (only words and possessives, no punctuation, at most <see cref="GovernedReach"/> of them between) names what did not happen.
    /// </summary>
    public static bool IsRejectedObject(SentenceView view, (int End, EventType Type) verb, int trigger) =>
        verb.Type == EventType.REJECT && IsDirectObject(view, verb, trigger);

    /// <summary>
    /// "postponed a meeting with Sylvania", "cancelled the annual meeting": a verb pattern's word used as a noun (a
    /// determiner before it, with at most two lower-case modifiers between) of a type a refusal keeps from happening
    /// (<c>preventable_types</c>) that is the direct object of a refusal is the act refused, not one that took place.
    /// </summary>
    public bool IsRejectedVerbNoun(SentenceView view, EventPattern pattern, (int End, EventType Type) verb, int trigger) =>
        !pattern.Nominal && knowledge.PreventableTypes.Contains(pattern.Type) && IsRejectedObject(view, verb, trigger) && DeterminerBefore(view, trigger);

    /// <summary>A determiner before the word, with only modifiers between (<see cref="ClauseMentions.OnlyModifiersBetween"/>): the word is a noun.</summary>
    private bool DeterminerBefore(SentenceView view, int trigger)
    {
        for (var k = trigger - 1; k >= 0 && k >= trigger - 3; k--)
        {
            if (knowledge.Determiners.Contains(view.Tokens[k].Lower))
            {
                return ClauseMentions.OnlyModifiersBetween(view, k + 1, trigger);
            }
        }

        return false;
    }

    /// <summary>
    /// "demanded an apology", "called for talks", "urged a summit", "called for talks with Sylvania": an event noun (or a
    /// verb phrase's word said as a noun) that is the direct object of a request is what was asked for, not something
    /// that happened.
    /// </summary>
    public static bool IsRequestedObject(SentenceView view, (int End, EventType Type) verb, int trigger) =>
        verb.Type == EventType.REQUEST && IsDirectObject(view, verb, trigger);

    /// <summary>
    /// "urged Sylvania to honour the agreement on Monday": an event noun that is the direct object of the verb asked for
    /// (at <paramref name="askedVerb"/>, whether or not a pattern matched there) is asked for with it, even with a date of its own.
    /// </summary>
    public static bool IsObjectOfAskedVerb(SentenceView view, EventPattern pattern, int askedVerb, int trigger) =>
        pattern.Nominal && askedVerb >= 0 && trigger > askedVerb && IsDirectObject(view, (askedVerb + 1, EventType.REQUEST), trigger);

    /// <summary>An event noun a few words (and possessives, no punctuation) after a verb trigger: its direct object.</summary>
    private static bool IsDirectObject(SentenceView view, (int End, EventType Type) verb, int trigger)
    {
        if (verb.End <= 0 || trigger < verb.End || WordsBetween(view, verb.End, trigger) > GovernedReach)
        {
            return false;
        }

        for (var k = verb.End; k < trigger; k++)
        {
            if (!IsWordOrPossessive(view.Tokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "condemned the visit", "welcomed this summit", "slammed the trilateral summit": an event noun right after a verb
    /// trigger, one referring determiner (<c>referring_determiners</c>) and at most two lower-case modifiers is the verb's
    /// object and an act the text told of before, not a new event; so is a verb pattern's word used as a noun there ("the visit").
    /// </summary>
    public bool IsReferredObject(SentenceView view, (int End, EventType Type) verb, int trigger) =>
        verb.End > 0 && trigger > verb.End && knowledge.ReferringDeterminers.Contains(view.Tokens[verb.End].Lower) &&
        ClauseMentions.OnlyModifiersBetween(view, verb.End + 1, trigger);

    /// <summary>
    /// "had not commented on the summit", "The joint statement condemned ...", "hours before the summit": an event noun after
    /// "the" that opens its clause or follows a topic or time preposition names an act the text told of before (the caller
    /// checks that it did).
    /// </summary>
    public bool IsToldAgain(SentenceView view, int trigger) =>
        trigger >= 1 && view.Tokens[trigger - 1].Lower == "the" &&
        (trigger - 1 == view.ClauseStart(trigger) || trigger >= 2 && (knowledge.TopicPrepositions.Contains(view.Tokens[trigger - 2].Lower) ||
                                                                    knowledge.TimePrepositions.Contains(view.Tokens[trigger - 2].Lower)));

    /// <summary>How many modifiers may stand between a frame preposition's determiner and the agreement ("under the 1965 claims agreement").</summary>
    private const int FrameModifiers = 3;

    /// <summary>
    /// "swapped data under the pact", "consultations under the 1965 claims agreement", "rejected as a breach of the
    /// treaty", "already has a similar pact with": an agreement named after a frame preposition (<c>frame_prepositions</c>),
    /// a verb of having (<c>possession_verbs</c>), or "of" and a noun of <c>frame_nouns</c>, and a determiner, with at
    /// most <see cref="FrameModifiers"/> modifiers between, is the framework of another act or a standing arrangement,
    /// not an agreement made.
    /// </summary>
    public bool IsFramework(SentenceView view, EventPattern pattern, int trigger)
    {
        if (pattern.Type != EventType.AGREE || !pattern.Nominal)
        {
            return false;
        }

        for (var k = trigger - 1; k >= Math.Max(1, trigger - 1 - FrameModifiers); k--)
        {
            var word = view.Tokens[k];
            if (knowledge.Determiners.Contains(word.Lower))
            {
                // "under the pact"; "already has a similar pact"; "a breach of the treaty", "the spirit of the accord".
                return knowledge.FramePrepositions.Contains(view.Tokens[k - 1].Lower) || knowledge.PossessionVerbs.Contains(view.Tokens[k - 1].Lower) ||
                       k >= 2 && view.Tokens[k - 1].Lower == "of" && knowledge.FrameNouns.Contains(view.Tokens[k - 2].Lower);
            }

            if (!IsWordOrPossessive(word) && !word.Lower.Contains('-'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"an Asahi Shimbun telephone survey": a trigger right before a noun of <c>survey_nouns</c> names how a survey was taken, not an act.</summary>
    public bool ModifiesSurvey(SentenceView view, PhraseMatch match) =>
        match.End < view.Tokens.Count && knowledge.SurveyNouns.Contains(view.Tokens[match.End].Lower);

    /// <summary>A word, or the possessive ending of one ("Sylvania 's"): no punctuation that would break a phrase.</summary>
    private static bool IsWordOrPossessive(WordToken token) => char.IsLetterOrDigit(token.Lower[0]) || token.IsPossessive;

    /// <summary>The tokens from <paramref name="from"/> to before <paramref name="to"/>, possessive endings not counted.</summary>
    private static int WordsBetween(SentenceView view, int from, int to)
    {
        var words = 0;
        for (var k = from; k < to; k++)
        {
            words += view.Tokens[k].IsPossessive ? 0 : 1;
        }

        return words;
    }

    /// <summary>
    /// "withdrawal from the agreement", "a boycott of imports", "talks over Sylvania's tariffs": a noun trigger a few
    /// words after another trigger, linked to it by a preposition with no punctuation between, is that trigger's object,
    /// not an event of its own.
    /// </summary>
    public bool IsGoverned(SentenceView view, int previousEnd, int trigger)
    {
        if (previousEnd <= 0 || trigger < previousEnd || WordsBetween(view, previousEnd, trigger) > GovernedReach)
        {
            return false;
        }

        var preposition = knowledge.Prepositions.Contains(view.Tokens[previousEnd - 1].Lower);
        for (var k = previousEnd; k < trigger; k++)
        {
            var lower = view.Tokens[k].Lower;
            if (!IsWordOrPossessive(view.Tokens[k]))
            {
                return false;
            }

            preposition |= knowledge.Prepositions.Contains(lower);
        }

        return preposition;
    }

    /// <summary>
    /// "met ... to discuss export controls", "reviewed the 2015 agreement": an event word (not a past form) up to three
    /// words after a verb of talking about something (<c>topic_verbs</c>), with only words between, is the topic, not an
    /// act of its own.
    /// </summary>
    public bool IsTopicOf(SentenceView view, int trigger)
    {
        if (view.Tokens[trigger].Lower.EndsWith("ed", StringComparison.Ordinal))
        {
            // "discussed the matter and criticized ...": a past form is an act of its own.
            return false;
        }

        for (var k = trigger - 1; k >= 0 && k >= trigger - 1 - GovernedReach; k--)
        {
            if (knowledge.TopicVerbs.Contains(view.Tokens[k].Stem))
            {
                return true;
            }

            if (!IsWordOrPossessive(view.Tokens[k]) || knowledge.PatternsByAnchor.ContainsKey(view.Tokens[k].Stem))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "rolled back part of its ban on seafood", "withdrew the complaint over the curbs": a verb pattern's word used as a
    /// noun (a determiner right before it) that <see cref="IsGoverned"/> links to the trigger before it, as its object.
    /// </summary>
    public bool IsGovernedVerbNoun(SentenceView view, int previousEnd, int trigger) =>
        trigger > 0 && knowledge.Determiners.Contains(view.Tokens[trigger - 1].Lower) && IsGoverned(view, previousEnd, trigger);

    /// <summary>
    /// "warned Sylvania against deploying the missiles", "voted against sending troops": a verb trigger in "-ing" right
    /// after a preposition of opposition (<c>opposing_prepositions</c>) names an act opposed, not one done.
    /// </summary>
    public bool IsOpposedAct(SentenceView view, EventPattern pattern, int trigger) =>
        !pattern.Nominal && trigger > 0 && view.Tokens[trigger].Lower.EndsWith("ing", StringComparison.Ordinal) &&
        knowledge.OpposingPrepositions.Contains(view.Tokens[trigger - 1].Lower);

    /// <summary>
    /// "accused Sylvania of breaking the agreement": an "-ing" verb trigger right after "of", a few words after a complaint
    /// of its clause, is what the complaint alleges, not an act the text asserts.
    /// </summary>
    public static bool IsAllegedAct(SentenceView view, EventPattern pattern, (int End, EventType Type) verb, int trigger) =>
        !pattern.Nominal && trigger > 0 && view.Tokens[trigger].Lower.EndsWith("ing", StringComparison.Ordinal) && view.Tokens[trigger - 1].Lower == "of" &&
        verb.Type == EventType.ACCUSE && verb.End > 0 && verb.End <= trigger && trigger - verb.End <= TargetClues.ObjectReach &&
        view.ClauseOf[verb.End - 1] == view.ClauseOf[trigger];

    /// <summary>
    /// "recalled its ambassador on Friday in protest at the statue": a complaint or protest right after "in", after a verb
    /// trigger of its clause, says in what spirit that act was done; it is no act of its own.
    /// </summary>
    public static bool IsMannerOf(SentenceView view, EventPattern pattern, (int End, EventType Type) verb, int trigger) =>
        IsMannerPhrase(view, trigger, pattern) && verb.End > 0 && verb.End < trigger && view.ClauseOf[verb.End - 1] == view.ClauseOf[trigger];

    /// <summary>"in protest", "in anger": a complaint or protest noun right after "in", the words that say in what spirit an act was done.</summary>
    public static bool IsMannerPhrase(SentenceView view, int noun, EventPattern pattern) =>
        pattern.Type is EventType.ACCUSE or EventType.PROTEST && noun > 0 && view.Tokens[noun - 1].Lower == "in";

    /// <summary>
    /// "asked Sylvania to meet them and apologise": the verb right after an "and" (and "to") at most
    /// <see cref="CoordinationReach"/> words after an asked-for act, which is asked for too; else -1 (also for a past
    /// form in "-ed" after the "and", the subject's own next act: "demanded an apology and recalled its ambassador").
    /// </summary>
    public static int CoordinatedVerbAfter(SentenceView view, int end)
    {
        for (var k = end; k < Math.Min(view.Tokens.Count - 1, end + CoordinationReach); k++)
        {
            if (!char.IsLetter(view.Tokens[k].Lower[0]))
            {
                return -1;
            }

            if (view.Tokens[k].Lower == "and")
            {
                // "demanded an apology and recalled its ambassador": a past form after "and" is the subject's next act.
                return view.Tokens[k + 1].Lower == "to" ? k + 2 : view.Tokens[k + 1].Lower.EndsWith("ed", StringComparison.Ordinal) ? -1 : k + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "a proposal for Sylvanian and Freedonian firms to jointly compensate the workers", "Freedonia's offer to pay": an
    /// act after "to" (and at most one "-ly" adverb) that a noun of <c>proposal_nouns</c> up to
    /// <see cref="ProposalReach"/> words before it governs, with no punctuation between, is proposed, not done.
    /// </summary>
    public bool IsProposed(SentenceView view, int trigger)
    {
        var to = trigger - 1;
        if (to > 0 && view.Tokens[to].Lower.EndsWith("ly", StringComparison.Ordinal))
        {
            to--;
        }

        if (to < 1 || view.Tokens[to].Lower != "to")
        {
            return false;
        }

        for (var k = to - 1; k >= Math.Max(0, to - ProposalReach); k--)
        {
            var word = view.Tokens[k];
            if (knowledge.ProposalNouns.Contains(word.Lower))
            {
                return true;
            }

            if (!char.IsLetter(word.Lower[0]) && !word.IsPossessive)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "officials in Fredville say the pact is dead": a noun of a framework type (<c>framework_types</c> of cues.yaml) after a
    /// referring determiner, in a sentence that names no time, is an agreement told of or known before, not a new one.
    /// </summary>
    public bool IsReferredFramework(SentenceView view, EventPattern pattern, int trigger) =>
        pattern.Nominal && knowledge.FrameworkTypes.Contains(pattern.Type) && view.Times.Count == 0 && trigger > 0 &&
        knowledge.ReferringDeterminers.Contains(view.Tokens[trigger - 1].Lower);

    /// <summary>
    /// "the trip was an ordinary tour", "the summit with Sylvania was a success": an event noun after a referring
    /// determiner, as the subject of "is" or "was" (at most <see cref="DescribedReach"/> words after it) and a description
    /// (an article or "not" after it), is the act told of before, described; not a new event ("the summit was held on
    /// Monday" still is one).
    /// </summary>
    public bool IsDescribedReference(SentenceView view, EventPattern pattern, int trigger, int end)
    {
        if (!pattern.Nominal || trigger == 0 || !knowledge.ReferringDeterminers.Contains(view.Tokens[trigger - 1].Lower))
        {
            return false;
        }

        for (var k = end; k + 1 < Math.Min(view.Tokens.Count, end + DescribedReach); k++)
        {
            var word = view.Tokens[k].Lower;
            if (word is "is" or "was")
            {
                return view.Tokens[k + 1].Lower is "a" or "an" or "the" or "not" or "no";
            }

            if (!char.IsLetter(word[0]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The verb of a request's complement ("urged Sylvania to withdraw", "demanded that Sylvania apologize"):
    /// the first trigger word a few words after a complement word between
    /// <paramref name="from"/> and <paramref name="reach"/>, past the complement's own subject; else -1.
    /// </summary>
    public int ComplementVerb(SentenceView view, int from, int reach)
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
    /// act, when it is a complaint, the same kind of act, or what was threatened, ordered or backed away from ("suspended its
    /// decision to end the pact"; "pressed Sylvania to reverse its decision to withdraw" keeps the withdrawal, "agreed to
    /// lift the curbs" the lifting).
    /// </summary>
    public static bool IsPurposeOf(SentenceView view, EventPattern pattern, int trigger, (int End, EventType Type) previous) =>
        !pattern.Nominal && trigger > 0 && view.Tokens[trigger - 1].Lower == "to" &&
        (pattern.Type is EventType.ACCUSE or EventType.PROTEST || pattern.Type == previous.Type || previous.Type is EventType.THREATEN or EventType.SANCTION or EventType.RETREAT) &&
        previous.End > 0 && previous.End <= trigger && trigger - previous.End < TargetClues.ObjectReach && view.ClauseOf[previous.End - 1] == view.ClauseOf[trigger];

    /// <summary>
    /// "agreed to pay compensation", "agreed to lift the curbs": agreeing to one's own concession is that concession
    /// (coded from the complement, of a type listed in <c>agreed_concessions</c>), not an agreement. The complement's
    /// first token, where the coder goes on reading (the phrase may end on "to" or take that word: "agree to ^the"), or
    /// -1 when the trigger is no agreement to a concession.
    /// </summary>
    public int ConcessionAgreedAt(SentenceView view, EventPattern pattern, int trigger, int end)
    {
        if (pattern.Type is not (EventType.AGREE or EventType.COOPERATE) || pattern.Nominal || end >= view.Tokens.Count)
        {
            return -1;
        }

        var complement = view.Tokens[end - 1].Lower == "to" ? end : end - 2 > trigger && view.Tokens[end - 2].Lower == "to" ? end - 1 : -1;
        if (complement < 0)
        {
            return -1;
        }

        for (var i = 0; i < knowledge.Patterns.Count; i++)
        {
            var other = knowledge.Patterns[i];
            if (!other.Nominal && knowledge.AgreedConcessions.Contains(other.Type) && PhraseMatcher.Match(other.Phrase, view, complement, view.ClauseEnd(complement)) is not null)
            {
                return complement;
            }
        }

        return -1;
    }

    /// <summary>A date right after a noun trigger, or after one preposition ("the normalization in 1965"), dates that event.</summary>
    public static bool IsDatedRightAfter(SentenceView view, int end) =>
        view.Times.Any(t => t.StartToken >= end && t.StartToken - end <= 1);

    /// <summary>
    /// "called on Nov. 28 for talks", "insisted on Monday that": a phrase ending on a preposition that a date right after
    /// it governs did not match its object; the preposition belongs to the date.
    /// </summary>
    public bool EndsOnDatePreposition(SentenceView view, PhraseMatch match) =>
        match.End > match.Start + 1 && knowledge.Prepositions.Contains(view.Tokens[match.End - 1].Lower) &&
        (view.InTime(match.End - 1) || match.End < view.Tokens.Count && view.Times.Any(t => t.StartToken == match.End));

    /// <summary>A date right before a noun trigger ("the 2015 agreement") makes it an event of its own.</summary>
    public static bool HasOwnDate(SentenceView view, int trigger) =>
        view.Times.Any(t => t.EndToken <= trigger && trigger - t.EndToken <= 1);
}
