using Strait.Text.Times;

namespace Strait.Text.Tests.Times;

/// <summary>The found expressions of a document are kept on it, so publication dating and time tagging find them once.</summary>
public sealed class FoundTimesTest
{
    [Fact]
    public void A_document_s_expressions_are_found_once_per_finder_sentence_by_sentence()
    {
        var document = TestText.Segmented("Freedonia sued in May 2018. Sylvania replied a week later. Nothing else happened.", null);
        var finder = new TimeExpressionFinder(TestText.Resources.TimeWords);

        var first = finder.FindBySentence(document);

        Assert.Equal([1, 1, 0], first.Select(found => found.Count));
        Assert.Same(first, finder.FindBySentence(document));
        Assert.NotSame(first, new TimeExpressionFinder(TestText.Resources.TimeWords).FindBySentence(document));
    }
}
