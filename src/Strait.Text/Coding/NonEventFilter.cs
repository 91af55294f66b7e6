using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// Drops triggers that do not report an event: questions; those an opinion, hypothetical, negation or
/// standing-condition cue governs; generic event nouns ("room for talks"); verbs whose subject is a thing in a
/// relative clause; and plain-present descriptions of a standing state ("a regime which suppresses dissent").
/// </summary>
public sealed class NonEventFilter(CodingKnowledge knowledge)
{
    private readonly ClauseMentions _mentions = new(knowledge);

    /// <summary>How many tokens after an event noun a modal may stand and still make it the subject of a hypothetical.</summary>
    private const int ModalReach = 6;

    /// <summary>A sentence that ends with a question mark asks; it reports no event.</summary>
    public static bool IsQuestion(SentenceView view) => view.Tokens.Count > 0 && view.Tokens[^1].Lower == "?";

    /// <summary>
    /// Whether an opinion ("should"), hypothetical, negation (before the trigger or inside its phrase, unless the
    /// phrase spells the negation itself: "found no problem with") or standing-condition cue governs the trigger.
    /// </summary>
    public bool IsRuledOutByCue(SentenceView view, int trigger, int end, Phrase? phrase = null) =>
        knowledge.Cue("opinion").Applies(view, trigger, end) ||
        knowledge.Cue("hypothetical").Applies(view, trigger, end) && !IsStatedRefusal(view, trigger, phrase) || knowledge.Cue("inversion").Applies(view, trigger, end) ||
        knowledge.Cue("negation").Applies(view, trigger, end) || knowledge.Cue("negation").AnyIn(view, trigger + 1, NegatedComplementStart(view, trigger, end), phrase?.Words) ||
        knowledge.Cue("standing").Applies(view, trigger, end) || knowledge.Cue("standing_after").Applies(view, trigger, end) || knowledge.Cue("habit_after").Applies(view, trigger, end) ||
        knowledge.Cue("negated_subject").Applies(view, trigger, end) || OpensWithCondition(view);

    /// <summary>
    /// "a summit between the two would send a strong signal": a modal (<c>hypothetical_modals</c>) within
    /// <see cref="ModalReach"/> tokens after an event noun, in its clause, right before a plain lower-case verb other than
    /// "be", makes the noun the subject of a hypothetical ("would be held" schedules it; "would, under ..." is left alone).
    /// </summary>
    public bool IsHypotheticalSubject(SentenceView view, int end)
    {
        var clauseEnd = view.ClauseEnd(Math.Max(0, end - 1));
        for (var k = end; k < Math.Min(clauseEnd, end + ModalReach) && k + 1 < view.Tokens.Count; k++)
        {
            if (knowledge.HypotheticalModals.Contains(view.Tokens[k].Lower))
            {
                var next = view.Tokens[k + 1];
                return !next.Capitalized && char.IsLetter(next.Lower[0]) && next.Lower != "be";
            }
        }

        return false;
    }

    /// <summary>
    /// Where a phrase's own negation screen stops: before the word ahead of a final complement word ("asked the ships not
    /// to fly the flag": the "not" negates what was asked, not the asking), else at its end.
    /// </summary>
    private int NegatedComplementStart(SentenceView view, int trigger, int end) =>
        end >= trigger + 3 && knowledge.RequestComplements.Contains(view.Tokens[end - 1].Lower) ? end - 2 : end;

    /// <summary>
    /// A sentence that opens with a condition ("If Sylvania imposes curbs, Freedonia will retaliate"): its main clause
    /// is the condition's consequence, as hypothetical as the condition itself.
    /// </summary>
    /// <summary>
    /// "Tokyo could not accept the protest": a refusal modal (<c>refusal_modals</c>) right before a phrase that opens with its
    /// own negation states the refusal; it is no possibility.
    /// </summary>
    private bool IsStatedRefusal(SentenceView view, int trigger, Phrase? phrase) =>
        trigger > 0 && phrase is not null && knowledge.RefusalModals.Contains(view.Tokens[trigger - 1].Lower) &&
        knowledge.Cue("negation").AnyIn(view, trigger, trigger + 1);

    private bool OpensWithCondition(SentenceView view)
    {
        var first = 0;
        while (first < view.Tokens.Count && !char.IsLetterOrDigit(view.Tokens[first].Lower[0]))
        {
            first++;
        }

        return first < view.Tokens.Count && knowledge.ConditionOpeners.Contains(view.Tokens[first].Lower);
    }

    /// <summary>
    /// A bare event noun right after a generic preposition ("a focus of cooperation", "a leader in development
    /// assistance") or opening a clause after "that" ("told reporters that cooperation with Sylvania was vital"): no
    /// determiner, possessive, actor, number or date before it in its noun phrase, and no counting noun before "of"
    /// (<c>partitive_nouns</c>: "a round of talks" is those talks).
    /// </summary>
    public bool IsGeneric(SentenceView view, int trigger)
    {
        for (var k = trigger - 1; k >= Math.Max(0, trigger - 3); k--)
        {
            var token = view.Tokens[k];
            if (IsComplementizer(view, k))
            {
                return true;
            }

            if (knowledge.GenericPrepositions.Contains(token.Lower))
            {
                return !(token.Lower == "of" && k > 0 && knowledge.PartitiveNouns.Contains(view.Tokens[k - 1].Lower));
            }

            if (knowledge.Prepositions.Contains(token.Lower) || knowledge.Determiners.Contains(token.Lower) || token.IsPossessive ||
                !char.IsLetter(token.Lower[0]) || view.Mentions.Any(m => m.StartToken <= k && k < m.EndToken) ||
                view.InTime(k) || knowledge.PatternsByAnchor.ContainsKey(token.Stem))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "said that cooperation ...", "told reporters that talks ...", "may find, as others did, that cooperation ...": a
    /// "that" opening a clause, not the demonstrative "that" of "after that meeting" or "That summit ...", which follows a
    /// preposition or opens its sentence.
    /// </summary>
    private bool IsComplementizer(SentenceView view, int k) =>
        view.Tokens[k].Lower == "that" && k > 0 && !knowledge.Prepositions.Contains(view.Tokens[k - 1].Lower) &&
        (char.IsLetter(view.Tokens[k - 1].Lower[0]) || view.Tokens[k - 1].Lower == ",");

    /// <summary>A trigger right after a word of <c>kind_words</c> ("the first such visit", "no such talks"): a noun for a kind of act or one told of already.</summary>
    public bool AfterKindWord(SentenceView view, int trigger) => trigger > 0 && knowledge.KindWords.Contains(view.Tokens[trigger - 1].Lower);

    /// <summary>
    /// An event noun right before a noun of <c>compound_heads</c> ("its treaty ally", "the sanctions regime"): it
    /// modifies that noun and names no event.
    /// </summary>
    public bool ModifiesNoun(SentenceView view, int end) =>
        end < view.Tokens.Count && knowledge.CompoundHeads.Contains(view.Tokens[end].Lower);

    /// <summary>
    /// A people or a group of them counted by a figure right before it ("5.58 million South Koreans", "some 700,000
    /// Japanese tourists", "thousands of protesters"): the figure of a statistic, not an actor of an act.
    /// </summary>
    public bool IsCountedPeople(SentenceView view, int mention)
    {
        var placed = view.Mentions[mention];
        if (placed.Mention.Kind is not (MentionKind.Demonym or MentionKind.Group) || placed.StartToken == 0)
        {
            return false;
        }

        if (view.Times.Any(t => t.StartToken < placed.StartToken && placed.StartToken <= t.EndToken))
        {
            // "In May 2031 Sylvanian farmers ...": the number is a date's.
            return false;
        }

        var before = view.Tokens[placed.StartToken - 1].Lower;
        var twoBefore = placed.StartToken > 1 ? view.Tokens[placed.StartToken - 2].Lower : "";
        return char.IsDigit(before[0]) || knowledge.FigureWords.Contains(before) ||
               before == "of" && knowledge.FigureWords.Contains(twoBefore);
    }

    /// <summary>A verb right after a relative "that" ("rules that threaten...") has a noun, not an actor, for subject.</summary>
    public bool IsRelativeClauseVerb(SentenceView view, int trigger) =>
        trigger > 0 && view.Tokens[trigger - 1].Lower == "that" && (trigger < 2 || !knowledge.ReportingVerbs.Contains(view.Tokens[trigger - 2].Stem));

    /// <summary>
    /// A verb in the plain present with no date stated in its clause, in a relative clause ("which threatens",
    /// "a regime that brutally suppresses") or after a possessive subject ("Freedonia's rise threatens"):
    /// it describes a standing state. A planned cue ("which will meet") keeps it.
    /// </summary>
    public bool IsStandingDescription(SentenceView view, EventPattern pattern, int trigger, int triggerEnd, int subjectStart)
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
        var subject = thirdPerson ? _mentions.SubjectBefore(view, trigger, subjectStart) : -1;
        if (subject < 0 || !ClauseMentions.IsPossessiveAt(view, view.Mentions[subject].EndToken))
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
}
