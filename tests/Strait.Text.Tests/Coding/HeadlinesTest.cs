using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

/// <summary>The real cue file's paragraph ends.</summary>
public sealed class HeadlinesTest
{
    [Theory]
    [InlineData("Fredville recalled its envoy.", true)]
    [InlineData("\"We will not back down,\" Rufus said. \"Never.\"", true)]
    [InlineData("Rufus called the ruling \"regrettable.\"", true)]
    [InlineData("Fredville Slams Sylvania", false)]
    [InlineData("Rufus's Visit Deepens Chill in a \"Friendship Year\"", false)]
    [InlineData("Summit Ends Without a Deal (Again)", false)]
    public void A_paragraph_ends_as_body_text_only_on_a_stop_or_a_quote_or_bracket_closing_one(string text, bool body) =>
        Assert.Equal(body, Headlines.EndsAsBody(text, CodingSentence.Knowledge.Value));
}
