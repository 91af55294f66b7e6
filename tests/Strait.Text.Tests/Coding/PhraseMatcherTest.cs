using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

public sealed class PhraseMatcherTest
{
    [Theory]
    [InlineData("Freedonia talked to Sylvania.", true)]
    [InlineData("Freedonia talked to reporters.", false)]
    [InlineData("Freedonia talked to the press.", true)]
    public void An_excluded_word_at_a_phrases_end_must_be_another_word_that_the_match_leaves_out(string sentence, bool matches)
    {
        var knowledge = CodingSentence.Knowledge.Value;
        var phrase = Phrase.Parse("talk to ^reporters|journalists", knowledge.Stemmer, "test").Value!;
        var (_, view) = CodingSentence.Of(sentence);
        var at = view.Tokens.FindIndex(t => t.Lower == "talked");

        var match = PhraseMatcher.Match(phrase, view, at, view.Tokens.Count);

        Assert.Equal(matches, match is not null);
        Assert.True(match is null || match.End == at + 2);
    }
}
