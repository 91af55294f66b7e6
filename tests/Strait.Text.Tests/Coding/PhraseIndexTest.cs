using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

public sealed class PhraseIndexTest
{
    private static readonly PhraseIndex Pairs = new(
        new[] { "both sides", "both|the two capitals", "the two countries" }.Select(text => Phrase.Parse(text, Stemmer.Plain, "test").Value));

    [Fact]
    public void A_token_is_tried_only_against_the_phrases_it_can_open()
    {
        var (_, view) = CodingSentence.Of("Both sides and the two capitals condemned Sylvania.");

        Assert.Equal(["both sides", "both|the two capitals"], Pairs.At(view, CodingSentence.TokenOf(view, "both")).Select(p => p.Text));
        Assert.Equal(["both|the two capitals", "the two countries"], Pairs.At(view, CodingSentence.TokenOf(view, "the")).Select(p => p.Text));
        Assert.Empty(Pairs.At(view, CodingSentence.TokenOf(view, "condemned")));
    }

    [Fact]
    public void A_match_must_end_by_the_limit_and_an_exact_end_must_be_that_end()
    {
        var (_, view) = CodingSentence.Of("Both sides condemned Sylvania.");
        var both = CodingSentence.TokenOf(view, "both");

        Assert.True(Pairs.AnyMatchesAt(view, both, view.Tokens.Count));
        Assert.False(Pairs.AnyMatchesAt(view, both, both + 1));
        Assert.True(Pairs.AnyEndsAt(view, both, both + 2));
        Assert.False(Pairs.AnyEndsAt(view, both, both + 3));
        Assert.False(Pairs.AnyMatchesAt(view, CodingSentence.TokenOf(view, "condemned"), view.Tokens.Count));
    }
}
