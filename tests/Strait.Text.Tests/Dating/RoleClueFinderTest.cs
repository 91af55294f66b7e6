using Strait.Text.Dating;
using Strait.Text.Pipeline;
using Strait.Text.Segmentation;

namespace Strait.Text.Tests.Dating;

public sealed class RoleClueFinderTest
{
    private static List<WindowClue> Find(string text)
    {
        var document = TestText.Segmented(text);
        var tokenizer = new Tokenizer(TestText.Resources.Abbreviations);
        var finder = new RoleClueFinder(DatingTestWorld.Registry, DatingTestWorld.Cues, tokenizer, new CountryWords(DatingTestWorld.Registry, tokenizer));
        var clues = new List<WindowClue>();
        finder.Find(document.Text, document.Tokens, 0, document.Tokens.Count, clues);
        return clues;
    }

    [Theory]
    [InlineData("Prime Minister Trentino spoke.", "role", "2016-06-01..2020-05-31")]
    [InlineData("The Sylvanian Prime Minister Trentino spoke.", "role", "2016-06-01..2020-05-31")]
    [InlineData("President Rufus Firefly spoke.", "role", "2010-03-01..2014-02-28 or 2018-03-01..…")]
    [InlineData("Former prime minister Trentino spoke.", "former role", "2020-06-01..…")]
    [InlineData("The then-Prime Minister Trentino spoke.", "former role", "2020-06-01..…")]
    [InlineData("The new prime minister Chicolini spoke.", "new role", "2020-06-01..2021-06-01")]
    [InlineData("Sylvania’s new prime minister spoke first.", "new role", "2016-06-01..2017-06-01 or 2020-06-01..2021-06-01")]
    [InlineData("The newly elected Sylvanian prime minister spoke.", "new role", "2016-06-01..2017-06-01 or 2020-06-01..2021-06-01")]
    [InlineData("Sylvania's new cautious prime minister spoke.", "new role", "2016-06-01..2017-06-01 or 2020-06-01..2021-06-01")]
    public void ReadsTheRoleAPersonIsNamedWith(string text, string kind, string days)
    {
        var clue = Assert.Single(Find(text));

        Assert.Equal(kind, clue.Kind);
        Assert.Equal(days, DaySet.Describe(clue.Ranges));
    }

    [Theory]
    [InlineData("Trentino spoke.")]
    [InlineData("Sylvania's new trade deal worked.")]
    [InlineData("The new president of the club spoke.")]
    [InlineData("Prime Minister Nobody spoke.")]
    public void FindsNothingWithoutATitledKnownPerson(string text)
    {
        Assert.Empty(Find(text));
    }
}
