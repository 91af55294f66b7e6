using Strait.Text.Pipeline;
using Strait.Text.Segmentation;

namespace Strait.Text.Tests.Segmentation;

/// <summary>
/// The matcher turns most tokens away by their first two characters, their length and their last character before
/// hashing them; these cases guard that no phrase is lost that way: any case where phrases match in any case, words outside ASCII, one-letter words, and
/// tokens given as a list, an array or another read-only list.
/// </summary>
public sealed class PhraseMatcherTest
{
    private static PhraseMatcher<string> Matcher(StringComparer comparer, params string[] phrases)
    {
        var matcher = new PhraseMatcher<string>(comparer);
        foreach (var phrase in phrases)
        {
            matcher.Add(phrase.Split(' '), phrase);
        }

        return matcher;
    }

    private static List<TextSpan> Tokens(string text)
    {
        var tokens = new List<TextSpan>();
        new Tokenizer(TestText.Resources.Abbreviations).Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    [Theory]
    [InlineData("Grand Duchy of Freedonia", "grand duchy of freedonia", "Grand Duchy of Freedonia")]
    [InlineData("Grand Duchy of Freedonia", "GRAND DUCHY OF FREEDONIA", "Grand Duchy of Freedonia")]
    [InlineData("Ōsaka summit", "ŌSAKA SUMMIT", "Ōsaka summit")]
    [InlineData("a few", "A few", "a few")]
    [InlineData("took office", "TOOK OFFICE", "took office")]
    [InlineData("Freedonié", "FREEDONIÉ", "Freedonié")]
    public void MatchesInAnyCaseWhenAskedTo(string phrase, string text, string expected)
    {
        var matcher = Matcher(StringComparer.OrdinalIgnoreCase, phrase);

        var match = matcher.Longest(text, Tokens(text), 0, Tokens(text).Count);

        Assert.Equal(expected, match?.Value);
    }

    [Theory]
    [InlineData("Freedonia Navy", "freedonia Navy")]
    [InlineData("Ōsaka", "ōsaka")]
    [InlineData("Sylvania", "Sylvanian")]
    [InlineData("Sylvania", "Sy")]
    [InlineData("Sylvania", "Sylvanie")]
    [InlineData("Sylvania", "SylvaniA")]
    public void MatchesOnlyAsWrittenWhenCaseMatters(string phrase, string text)
    {
        var matcher = Matcher(StringComparer.Ordinal, phrase);

        Assert.Null(matcher.Longest(text, Tokens(text), 0, Tokens(text).Count));
        Assert.NotNull(matcher.Longest(phrase, Tokens(phrase), 0, Tokens(phrase).Count));
    }

    [Theory]
    [InlineData("to office")]
    [InlineData("tool office")]
    [InlineData("TOOKS office")]
    public void TurnsAwayATokenSharingOnlyItsFirstCharactersWithAWord(string text)
    {
        var matcher = Matcher(StringComparer.OrdinalIgnoreCase, "took office");

        Assert.Null(matcher.Longest(text, Tokens(text), 0, Tokens(text).Count));
    }

    [Fact]
    public void FindsTheLongestPhraseFromAnyKindOfTokenList()
    {
        var matcher = Matcher(StringComparer.Ordinal, "Freedonia", "Freedonia Navy", "É", "x");
        const string text = "the Freedonia Navy and É x";
        var tokens = Tokens(text);

        foreach (IReadOnlyList<TextSpan> list in new IReadOnlyList<TextSpan>[] { tokens, tokens.ToArray(), tokens.AsReadOnly() })
        {
            Assert.Null(matcher.Longest(text, list, 0, list.Count));
            Assert.Equal("Freedonia Navy", matcher.Longest(text, list, 1, list.Count)?.Value);
            Assert.Equal("Freedonia", matcher.Longest(text, list, 1, 2)?.Value);
            Assert.Equal("É", matcher.Longest(text, list, 4, list.Count)?.Value);
            Assert.Equal("x", matcher.Longest(text, list, 5, list.Count)?.Value);
            Assert.Null(matcher.Longest(text, list, 5, 5));
        }
    }

    [Fact]
    public void MatchesWithAnyOtherComparer()
    {
        var matcher = Matcher(StringComparer.InvariantCultureIgnoreCase, "Sylvania");

        Assert.Equal("Sylvania", matcher.Longest("SYLVANIA", Tokens("SYLVANIA"), 0, 1)?.Value);
    }
}
