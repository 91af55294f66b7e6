using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

/// <summary>Made-up sentences; the real cue file.</summary>
public sealed class SourceCluesTest
{
    private static readonly SourceClues Clues = new(CodingSentence.Knowledge.Value);

    [Theory]
    [InlineData("The three allies' navies held drills.", true)]
    [InlineData("The three allies' navies had already held drills.", true)]
    [InlineData("The three defence ministers had already held talks.", true)]
    [InlineData("The allies' navies had already held drills.", false)]
    public void A_group_phrase_a_few_words_before_the_trigger_is_its_subject(string sentence, bool group)
    {
        var (_, view) = CodingSentence.Of(sentence);
        Assert.Equal(group, Clues.GroupBefore(view, CodingSentence.TokenOf(view, "held"), 0));
    }
}
