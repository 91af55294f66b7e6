using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

/// <summary>Made-up sentences; the real cue file.</summary>
public sealed class ClauseMentionsTest
{
    private static readonly ClauseMentions Mentions = new(CodingSentence.Knowledge.Value);

    [Theory]
    [InlineData("Freedonia criticized Sylvania.", "FRE")]
    [InlineData("In Sylvania officials criticized Ostrava.", null)]
    [InlineData("Freedonia, an ally of the ruling Sylvania, criticized Ostrava.", "FRE")]
    [InlineData("A friend of the opposition Sylvania criticized Ostrava.", null)]
    public void The_subject_is_the_nearest_mention_before_the_verb_that_no_preposition_governs(string sentence, string? subject)
    {
        var (_, view) = CodingSentence.Of(sentence);
        var trigger = CodingSentence.TokenOf(view, "criticized");
        var found = Mentions.SubjectBefore(view, trigger, view.ClauseStart(trigger));
        Assert.Equal(subject, found < 0 ? null : view.Mentions[found].Mention.Actor.ToString());
    }

    [Theory]
    [InlineData("Freedonia's renewed cooperation with Sylvania began.", "FRE")]
    [InlineData("Talks on cooperation with Sylvania began.", null)]
    [InlineData("Critics of the Freedonian military cooperation with Sylvania spoke.", "FRE")]
    [InlineData("Critics of the Freedonian Navy's cooperation with Sylvania spoke.", "FRE")]
    public void A_possessive_before_an_event_noun_is_its_actor(string sentence, string? possessor)
    {
        var (_, view) = CodingSentence.Of(sentence);
        var trigger = CodingSentence.TokenOf(view, "cooperation");
        var found = Mentions.PossessorBefore(view, trigger, view.ClauseStart(trigger));
        Assert.Equal(possessor, found < 0 ? null : view.Mentions[found].Mention.Actor.ToString());
    }
}
