using Strait.Core;
using Strait.Core.Documents;
using Strait.Core.Time;
using Strait.Ingest.Formats;

namespace Strait.Ingest.Tests;

public sealed class HtmlFormatTest
{
    private static Outcome<Document> Read(string html) => new HtmlFormat().Read("page.html", html).Single();

    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>Ferry talks | The Made-up Herald</title>
          <meta property="og:title" content="Ferry talks resume">
          <meta property="article:published_time" content="2031-03-05T22:30:00+09:00">
          <link rel="canonical" href="https://herald.example/ferry-talks">
          <style>p { color: red; }</style>
        </head><body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <article>
            <h1>Ferry talks resume</h1>
            <p>Officials from <b>Busan</b> and Fukuoka
               met on Tuesday.</p>
            <script>track("view");</script>
            <p>They agreed to restore the &ldquo;night ferry&rdquo;.</p>
          </article>
          <footer><p>Copyright the Made-up Herald</p></footer>
        </body></html>
        """;

    [Fact]
    public void Reads_the_main_text_as_plain_paragraphs()
    {
        var document = Read(Page).Value;

        Assert.Equal("Ferry talks resume\n\nOfficials from Busan and Fukuoka met on Tuesday.\n\nThey agreed to restore the “night ferry”.", document.Text);
        Assert.DoesNotContain("<", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_title_date_and_source_from_the_metadata()
    {
        var document = Read(Page).Value;

        Assert.Equal("Ferry talks resume", document.Title);
        Assert.Equal(PartialDate.Day(2031, 3, 5), document.Published);
        Assert.Equal(PublishedBasis.Metadata, document.PublishedBasis);
        Assert.Equal("https://herald.example/ferry-talks", document.Source);
    }

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2031-04-02T08:00:00Z"}</script>""", "2031-04-02")]
    [InlineData("""<script type="application/ld+json">[{"@graph":[{"datePublished":"2031-04"}]}]</script>""", "2031-04")]
    [InlineData("""<meta itemprop="datePublished" content="2031-04-03">""", "2031-04-03")]
    [InlineData("""<time datetime="2031-04-04T10:00">April 4</time>""", "2031-04-04")]
    [InlineData("""<meta name="date" content="Fri, 04 Apr 2031 10:00:00 GMT">""", "2031-04-04")]
    public void Finds_the_date_in_other_metadata(string markup, string expected)
    {
        var document = Read($"<html><head><title>T</title></head><body>{markup}<p>The envoys met.</p></body></html>").Value;

        Assert.Equal(PartialDate.ParseExact(expected), document.Published);
        Assert.Equal(PublishedBasis.Metadata, document.PublishedBasis);
    }

    [Fact]
    public void Without_metadata_the_date_is_unknown_and_the_title_is_the_page_title()
    {
        var document = Read("<html><head><title>Envoys meet</title></head><body><p>The envoys met.</p></body></html>").Value;

        Assert.Null(document.Published);
        Assert.Equal(PublishedBasis.Unknown, document.PublishedBasis);
        Assert.Equal("Envoys meet", document.Title);
        Assert.Equal("page.html", document.Source);
    }

    [Fact]
    public void Text_outside_paragraphs_is_read_when_there_are_none()
    {
        var document = Read("<html><body><div>The envoys\n   met in Seoul.</div></body></html>").Value;

        Assert.Equal("The envoys met in Seoul.", document.Text);
    }

    [Theory]
    [InlineData("The envoys met in Seoul, but this file has no tags.")]
    [InlineData("<html><head><title>Empty</title></head><body><script>x()</script></body></html>")]
    public void A_page_without_markup_or_text_is_malformed(string html) =>
        Assert.Equal(ErrorCodes.MalformedFile, Read(html).Error?.Code);
}
