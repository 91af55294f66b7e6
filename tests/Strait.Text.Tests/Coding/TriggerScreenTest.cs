using Strait.Core.Events;
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

    [Theory]
    [InlineData("Ostrava and Sylvania swapped data under the pact.", "pact", true)]
    [InlineData("Ostrava proposed consultations under the 2030 claims agreement.", "agreement", true)]
    [InlineData("Ostrava and Sylvania signed the pact.", "pact", false)]
    [InlineData("Ostrava acted under pressure from the pact's critics.", "pact", false)]
    public void An_agreement_after_a_frame_preposition_is_the_framework_of_another_act(string sentence, string trigger, bool framework)
    {
        var (_, view) = CodingSentence.Of(sentence);
        var token = CodingSentence.TokenOf(view, trigger);
        var pattern = CodingSentence.Knowledge.Value.Patterns.First(p => p.Type == EventType.AGREE && p.Nominal);
        Assert.Equal(framework, Screen.IsFramework(view, pattern, token));
    }
}
