using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

/// <summary>Made-up sentences; the real cue file.</summary>
public sealed class NonEventFilterTest
{
    private static readonly NonEventFilter Filter = new(CodingSentence.Knowledge.Value);

    [Theory]
    [InlineData("Did Freedonia criticize Sylvania?", true)]
    [InlineData("Freedonia criticized Sylvania.", false)]
    public void A_sentence_that_ends_in_a_question_mark_is_a_question(string sentence, bool question) =>
        Assert.Equal(question, NonEventFilter.IsQuestion(CodingSentence.Of(sentence).View));

    [Theory]
    [InlineData("Freedonia did not criticize Sylvania.", "criticize", true)]
    [InlineData("Freedonia cannot criticize Sylvania.", "criticize", true)]
    [InlineData("Freedonia criticized Sylvania.", "criticized", false)]
    public void A_negated_trigger_is_ruled_out(string sentence, string trigger, bool ruledOut)
    {
        var (_, view) = CodingSentence.Of(sentence);
        var at = CodingSentence.TokenOf(view, trigger);
        Assert.Equal(ruledOut, Filter.IsRuledOutByCue(view, at, at + 1));
    }

    [Theory]
    [InlineData("It was the first such visit in a decade.", "visit", true)]
    [InlineData("It was the first visit in a decade.", "visit", false)]
    [InlineData("The leader died of a heart attack.", "attack", true)]
    [InlineData("The leader ordered an attack.", "attack", false)]
    public void An_event_noun_after_a_kind_word_names_no_new_event(string sentence, string trigger, bool kind)
    {
        var (_, view) = CodingSentence.Of(sentence);
        Assert.Equal(kind, Filter.AfterKindWord(view, CodingSentence.TokenOf(view, trigger)));
    }
}
