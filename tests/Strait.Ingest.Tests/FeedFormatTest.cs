using Strait.Core;
using Strait.Core.Documents;
using Strait.Core.Time;
using Strait.Ingest.Formats;

namespace Strait.Ingest.Tests;

public sealed class FeedFormatTest
{
    private static List<Outcome<Document>> Read(string xml) => new FeedFormat().Read("feed.xml", xml).ToList();

    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Made-up Wire</title><link>https://wire.example/</link><description>Made-up news</description>
            <item>
              <title>Envoys meet in Ulsan</title>
              <link>https://wire.example/envoys</link>
              <pubDate>Wed, 05 Mar 2031 09:00:00 +0900</pubDate>
              <description>&lt;p&gt;The envoys met in &lt;b&gt;Ulsan&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;They spoke for an hour.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Fishing quota talks</title>
              <link>https://wire.example/quota</link>
              <description>Negotiators discussed quotas.</description>
              <content:encoded><![CDATA[<p>Negotiators discussed the quotas for squid.</p><p>No deal was reached.</p>]]></content:encoded>
            </item>
            <item><title>Headline only</title><link>https://wire.example/empty</link></item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Each_rss_item_is_a_document_with_its_html_stripped()
    {
        var items = Read(Rss);

        Assert.Equal(3, items.Count);
        var first = items[0].Value;
        Assert.Equal("The envoys met in Ulsan.\n\nThey spoke for an hour.", first.Text);
        Assert.Equal("Envoys meet in Ulsan", first.Title);
        Assert.Equal("https://wire.example/envoys", first.Source);
        Assert.Equal(PartialDate.Day(2031, 3, 5), first.Published);
        Assert.Equal(PublishedBasis.Metadata, first.PublishedBasis);
    }

    [Fact]
    public void Encoded_content_is_preferred_to_a_shorter_description()
    {
        var second = Read(Rss)[1].Value;

        Assert.Equal("Negotiators discussed the quotas for squid.\n\nNo deal was reached.", second.Text);
        Assert.Null(second.Published);
        Assert.Equal(PublishedBasis.Unknown, second.PublishedBasis);
    }

    [Fact]
    public void An_item_without_text_is_reported_and_the_others_go_on()
    {
        var items = Read(Rss);

        Assert.True(items[0].Success && items[1].Success);
        Assert.Equal(ErrorCodes.EmptyFile, items[2].Error?.Code);
        Assert.Equal("feed.xml (item 3)", items[2].Error!.Where);
    }

    [Fact]
    public void Reads_atom_entries()
    {
        var items = Read("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Made-up Atom</title><id>urn:made-up:feed</id><updated>2031-03-06T00:00:00Z</updated>
              <entry>
                <title>Ministers call</title><id>urn:made-up:1</id>
                <link href="https://atom.example/call"/>
                <published>2031-03-04T12:00:00Z</published><updated>2031-03-06T00:00:00Z</updated>
                <content type="html">&lt;p&gt;The ministers spoke by phone.&lt;/p&gt;</content>
              </entry>
            </feed>
            """);

        var entry = Assert.Single(items).Value;
        Assert.Equal("The ministers spoke by phone.", entry.Text);
        Assert.Equal(PartialDate.Day(2031, 3, 4), entry.Published);
        Assert.Equal("https://atom.example/call", entry.Source);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>Broken</channel></rss>")]
    [InlineData("<html><body>Not a feed</body></html>")]
    public void A_malformed_feed_is_one_failure(string xml)
    {
        var failure = Assert.Single(Read(xml));

        Assert.Equal(ErrorCodes.MalformedFile, failure.Error?.Code);
        Assert.Equal("feed.xml", failure.Error!.Where);
    }
}
