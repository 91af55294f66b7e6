namespace Strait.Text.Coding;

/// <summary>
/// Reads the form of a trigger verb: a passive after an auxiliary ("was summoned"), a past participle ("signed",
/// "struck"), a participle of a joint act dated right after it ("the pact, signed in 2016"), a form of the past that the
/// almanac may date ("retaliated", "met"), or a verb in the past tense that the day of the news may date.
/// </summary>
public sealed class VerbForms(CodingKnowledge knowledge)
{
    /// <summary>A verb form right after a passive auxiliary ("was summoned", "is being held").</summary>
    public bool IsPassive(SentenceView view, int trigger)
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

    /// <summary>A past participle: "-ed", "-en", "-wn", or an irregular form the pattern file lists ("struck"); not "-ing" or an adjective ("regrettable").</summary>
    public bool IsParticipleForm(string lower) =>
        lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("en", StringComparison.Ordinal) || lower.EndsWith("wn", StringComparison.Ordinal) ||
        knowledge.Stemmer.Stem(lower) != Stemmer.Plain.Stem(lower);

    /// <summary>
    /// "the pact, signed in 2016", "the accord was concluded in May 2030": a past participle of a joint act with no
    /// agent, after a comma or a passive auxiliary, dated right after it: an event between the article's counterparts.
    /// </summary>
    public static bool IsDatedParticiple(SentenceView view, int trigger, int end, bool passive)
    {
        var word = view.Tokens[trigger];
        var participle = !word.Lower.EndsWith("ing", StringComparison.Ordinal) && (word.Lower.EndsWith("ed", StringComparison.Ordinal) || word.Lower != word.Stem);
        var reduced = trigger > 0 && view.Tokens[trigger - 1].Lower == ",";
        return participle && (passive || reduced) && view.Times.Any(t => t.StartToken >= end && t.StartToken - end <= 1);
    }

    /// <summary>
    /// Whether an undated event may be one of the past that the almanac knows: a nominal event, a verb in a past
    /// form ("retaliated", "met") or a participle ("rulings ordering"), with no present marker ("are", "has", "now")
    /// just before the trigger; not a verb in the plain present ("threatens"), unless its ending makes it a noun
    /// ("rulings").
    /// </summary>
    public bool IsPast(SentenceView view, int trigger, EventPattern pattern)
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
            IsPlainForm(word) && AfterPastAuxiliary(view, trigger) || knowledge.NounSuffixes.Any(suffix => word.Lower.EndsWith(suffix, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether the trigger is a verb in the past tense ("retaliated", "met", "was summoned"): not a noun, a participle
    /// ("rulings ordering") or a present form, and no present marker ("has", "are", "now") just before it.
    /// </summary>
    public bool IsPastTense(SentenceView view, int trigger, EventPattern pattern)
    {
        if (pattern.Nominal || !IsPast(view, trigger, pattern))
        {
            return false;
        }

        var word = view.Tokens[trigger];
        return word.Lower.EndsWith("ed", StringComparison.Ordinal) ||
            IsOtherForm(word) && !word.Lower.EndsWith('s') && !word.Lower.EndsWith("ing", StringComparison.Ordinal) ||
            (word.Lower.EndsWith("ing", StringComparison.Ordinal) || IsPlainForm(word)) && AfterPastAuxiliary(view, trigger);
    }

    /// <summary>"cut", "agree": the verb's plain form, which a past auxiliary before it puts in the past ("were cut", "did agree").</summary>
    private static bool IsPlainForm(WordToken word) => word.Lower == word.Stem || word.Lower == word.Stem + "e";

    /// <summary>"were trading", "were soon trading", "did agree": a past auxiliary one or two words before the trigger.</summary>
    private bool AfterPastAuxiliary(SentenceView view, int trigger) => view.AnyWordIn(knowledge.PastAuxiliaries, trigger - 2, trigger);

    /// <summary>A word that is not its stem's plain form: an irregular past ("met") or an "-ing" form, not "cooperate" (stem "cooperat").</summary>
    private static bool IsOtherForm(WordToken word) => word.Lower != word.Stem && word.Lower != word.Stem + "e";
}
