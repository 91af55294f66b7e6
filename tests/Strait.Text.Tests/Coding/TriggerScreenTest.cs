using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

/// <summary>Made-up sentences; the real cue file.</summary>
public sealed class TriggerScreenTest
{
    private static readonly TriggerScreen Screen = new(CodingSentence.Knowledge.Value);

    [Theory]
    [InlineData("Ostrava has not commented on the talks.", "talks", true)]
    [InlineData("Ostrava spoke about the summit.", "summit", true)]
    [InlineData("Ostrava held the talks.", "talks", false)]
    [InlineData("Ostrava commented on talks with Sylvania.", "talks", false)]
    [InlineData("The statement condemned Sylvania.", "statement", true)]
    [InlineData("Ostrava issued the statement.", "statement", false)]
    public void An_event_noun_after_the_opening_its_clause_or_after_a_topic_preposition_is_an_act_told_of_before(string sentence, string trigger, bool told)
    {
        var (_, view) = CodingSentence.Of(sentence);
        Assert.Equal(told, Screen.IsToldAgain(view, CodingSentence.TokenOf(view, trigger)));
    }
}
