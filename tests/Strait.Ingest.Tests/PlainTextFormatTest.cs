using Strait.Core.Documents;
using Strait.Core.Time;
using Strait.Ingest.Formats;

namespace Strait.Ingest.Tests;

public sealed class PlainTextFormatTest
{
    private static Document Read(string text) => new PlainTextFormat().Read("made-up.txt", text).Single().Value;

    [Fact]
    public void A_date_line_gives_the_date_and_the_text_after_its_prefix()
    {
        var document = Read(" date 2031-03-05 Harbour talks resume\nThe two coast guards met at the harbour.\n");

        Assert.Equal(PartialDate.Day(2031, 3, 5), document.Published);
        Assert.Equal(PublishedBasis.Header, document.PublishedBasis);
        Assert.Equal("Harbour talks resume\nThe two coast guards met at the harbour.\n", document.Text);
        Assert.Equal("Harbour talks resume", document.Title);
    }

    [Fact]
    public void A_first_sentence_on_the_date_line_stays_in_the_text()
    {
        const string body = "The coast guards of both countries met on Monday to discuss fishing zones.\n\nMore followed.";

        var document = Read(" date 2031-03-05 " + body);

        Assert.Equal(body, document.Text);
        Assert.Equal("The coast guards of both countries met on Monday to discuss fishing zones.", document.Title);
        Assert.Equal(Document.ContentId(body), document.Id);
    }

    [Fact]
    public void A_date_line_on_its_own_is_dropped_with_its_line_break()
    {
        var document = Read(" date 2031-03-05\r\nFerry Service Restored\r\nThe ferry sails again.");

        Assert.Equal("Ferry Service Restored\r\nThe ferry sails again.", document.Text);
        Assert.Equal("Ferry Service Restored", document.Title);
    }

    [Fact]
    public void Without_a_date_line_the_date_is_unknown_and_the_text_whole()
    {
        const string text = "The two coast guards met at the harbour on Monday and agreed to meet again.\n";

        var document = Read(text);

        Assert.Null(document.Published);
        Assert.Equal(PublishedBasis.Unknown, document.PublishedBasis);
        Assert.Equal(text, document.Text);
        Assert.Null(document.Title);
    }

    [Fact]
    public void An_impossible_date_on_the_date_line_leaves_the_date_unknown()
    {
        var document = Read(" date 2031-02-30 Harbour talks\nText.");

        Assert.Null(document.Published);
        Assert.Equal(PublishedBasis.Unknown, document.PublishedBasis);
        Assert.Equal("Harbour talks\nText.", document.Text);
    }

    [Theory]
    [InlineData("# Harbour talks\n\nThe coast guards met.", "Harbour talks")]
    [InlineData("Harbour Talks Resume\n\nThe coast guards met.", "Harbour Talks Resume")]
    [InlineData("The coast guards met.\n", null)]
    public void The_title_is_a_first_line_that_reads_as_one(string text, string? title) =>
        Assert.Equal(title, Read(text).Title);

    [Fact]
    public void A_long_first_line_is_shortened_at_a_word()
    {
        var words = string.Join(' ', Enumerable.Repeat("harbour", 30));

        var title = Read(" date 2031-03-05 " + words).Title!;

        Assert.True(title.Length <= 120);
        Assert.EndsWith("harbour…", title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_line_without_text_is_empty()
    {
        var outcome = new PlainTextFormat().Read("made-up.txt", " date 2031-03-05\n\n").Single();

        Assert.Equal(Strait.Core.ErrorCodes.EmptyFile, outcome.Error?.Code);
    }
}
