using Strait.Text.Segmentation;
using Strait.Text.Times;

namespace Strait.Text.Tests.Times;

/// <summary>
/// The finder passes over tokens that cannot start an expression before looking anything up; these made-up
/// sentences guard that every kind of starter still opens one, in any case where its words match in any case.
/// </summary>
public sealed class TimeExpressionFinderTest
{
    private static string[] Find(string sentence)
    {
        var finder = new TimeExpressionFinder(TestText.Resources.TimeWords);
        return finder.Find(sentence, new Tokenizer(TestText.Resources.Abbreviations))
            .Select(t => $"{t.Span.Of(sentence)}|{t.Span.Label}")
            .ToArray();
    }

    [Theory]
    [InlineData("The 1990s were calm in Freedonia.", "The 1990s|decade")]
    [InlineData("THE EARLY 2010s were calm.", "THE EARLY 2010s|decade")]
    [InlineData("Early 2010s talks stalled.", "Early 2010s|decade")]
    [InlineData("Last month Freedonia protested.", "Last month|relative")]
    [InlineData("LAST WEEK Freedonia protested.", "LAST WEEK|relative")]
    [InlineData("In the coming days Sylvania answers.", "")]
    [InlineData("A few days ago Sylvania answered.", "A few days ago|ago")]
    [InlineData("Two weeks ago Sylvania answered.", "Two weeks ago|ago")]
    [InlineData("Yesterday Sylvania answered.", "Yesterday|relative")]
    [InlineData("Mid-March talks opened.", "Mid-March|month")]
    [InlineData("Friday talks opened.", "Friday|weekday")]
    [InlineData("Talks opened 4 days ago.", "4 days ago|ago")]
    [InlineData("Talks opened in 2012.", "2012|year")]
    [InlineData("Talks opened 15 August 2025.", "15 August 2025|date")]
    [InlineData("Talks opened Aug. 15.", "Aug. 15|day")]
    [InlineData("Two days later Sylvania answered.", "Two days later|anaphoric")]
    [InlineData("The following year Sylvania answered.", "The following year|anaphoric")]
    [InlineData("Sylvania answered the day before yesterday.", "the day before yesterday|relative")]
    public void FindsExpressionsWhateverTheirFirstWord(string sentence, string expected)
    {
        Assert.Equal(expected.Length == 0 ? [] : expected.Split(';'), Find(sentence));
    }

    [Theory]
    [InlineData("Sylvania may protest again.")]
    [InlineData("friday talks and june plans were dropped.")]
    [InlineData("The envoy and the minister met the press.")]
    [InlineData("Über-diplomats débated in Ōsaka.")]
    public void FindsNothingInSentencesWithoutTimes(string sentence)
    {
        Assert.Empty(Find(sentence));
    }
}
