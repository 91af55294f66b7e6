namespace Strait.Text.Tests.Segmentation;

public sealed class SentenceSplitterTest
{
    [Theory]
    [InlineData("The U.S. envoy met Gen. Vole in Freedonia. Talks went on.", "The U.S. envoy met Gen. Vole in Freedonia.|Talks went on.")]
    [InlineData("Mr. Firefly and Andrew J. Smith spoke. They agreed.", "Mr. Firefly and Andrew J. Smith spoke.|They agreed.")]
    [InlineData("Support was 28.9 percent. It fell.", "Support was 28.9 percent.|It fell.")]
    [InlineData("Resolution No. 5 passed on Jan. 3 in Sylvania. Then it stalled.", "Resolution No. 5 passed on Jan. 3 in Sylvania.|Then it stalled.")]
    [InlineData("He paused... and went on. Next day came.", "He paused... and went on.|Next day came.")]
    [InlineData("“We will not yield,” she said. “Never.” The crowd cheered.", "“We will not yield,” she said.|“Never.”|The crowd cheered.")]
    [InlineData("“Why now?” he asked. Nobody knew!", "“Why now?” he asked.|Nobody knew!")]
    [InlineData("Freedonia gains — for now. Sylvania waits.", "Freedonia gains — for now.|Sylvania waits.")]
    [InlineData("Prices rose. 2019 was worse.", "Prices rose.|2019 was worse.")]
    public void SplitsSentencesInAParagraph(string text, string expected)
    {
        var document = TestText.Segmented(text);

        Assert.Equal(expected.Split('|'), TestText.Sentences(document));
    }

    [Fact]
    public void EndsAHeadlineWithoutPunctuationAtTheLineEnd()
    {
        var document = TestText.Segmented("Freedonia And Sylvania Talk Again\n\nThe two met on Monday. They spoke.\nA third line");

        Assert.Equal(["Freedonia And Sylvania Talk Again", "The two met on Monday.", "They spoke.", "A third line"], TestText.Sentences(document));
        Assert.Equal(3, document.Paragraphs.Count);
    }

    [Fact]
    public void SpansPointIntoTheUnchangedText()
    {
        const string text = "  Freedonia spoke.  Sylvania listened.  ";
        var document = TestText.Segmented(text);

        Assert.Equal([new(2, 18, "sentence"), new(20, 38, "sentence")], document.Sentences);
    }
}
