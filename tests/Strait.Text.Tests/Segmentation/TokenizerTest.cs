namespace Strait.Text.Tests.Segmentation;

public sealed class TokenizerTest
{
    [Theory]
    [InlineData("The U.S. envoy left.", "The|U.S.|envoy|left|.")]
    [InlineData("Gen. Ardent Vole met Andrew J. Smith.", "Gen.|Ardent|Vole|met|Andrew|J.|Smith|.")]
    [InlineData("Support rose to 28.9 percent, or 1,000 people.", "Support|rose|to|28.9|percent|,|or|1,000|people|.")]
    [InlineData("Freedonia’s minister didn’t go.", "Freedonia|’s|minister|didn’t|go|.")]
    [InlineData("Sylvania's anti-Freedonia mood", "Sylvania|'s|anti-Freedonia|mood")]
    [InlineData("President Ban Jae-in spoke", "President|Ban|Jae-in|spoke")]
    [InlineData("from 1910-45 and 1950–53", "from|1910|-|45|and|1950|–|53")]
    [InlineData("on 2019-07-04.", "on|2019|-|07|-|04|.")]
    [InlineData("“Wait…” she said — then left...", "“|Wait|…|”|she|said|—|then|left|...")]
    [InlineData("the leaders’ talks", "the|leaders|’|talks")]
    [InlineData("Room No. 5 opened Aug. 15", "Room|No.|5|opened|Aug.|15")]
    [InlineData("He said no. Then", "He|said|no|.|Then")]
    public void SplitsWordsNumbersAndPunctuation(string text, string expected)
    {
        var document = TestText.Segmented(text);

        Assert.Equal(expected.Split('|'), TestText.Tokens(document));
    }

    [Fact]
    public void LabelsNumbersAndPunctuation()
    {
        var document = TestText.Segmented("In 2019, 28.9 rose");

        Assert.Equal(["word", "number", "punct", "number", "word"], document.Tokens.Select(t => t.Label));
    }
}
