using System.ServiceModel.Syndication;
using System.Xml;
using Strait.Core;
using Strait.Core.Documents;
using Strait.Core.Time;

namespace Strait.Ingest.Formats;

/// <summary>
/// RSS 2.0 and Atom 1.0 feeds: one document per item, its text the item's content or description with the
/// HTML stripped, its date the item's publication date (or, in Atom, its update date) as metadata, its source
/// the item's link. An item without text is reported and the others go on.
/// </summary>
public sealed class FeedFormat : IArticleFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".xml", ".rss", ".atom"];

    public IEnumerable<Outcome<Document>> Read(string path, string text)
    {
        SyndicationFeed feed;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            feed = SyndicationFeed.Load(reader);
        }
        catch (Exception ex) when (ex is XmlException or FormatException or ArgumentException or NotSupportedException or InvalidOperationException)
        {
            return [Outcome<Document>.Fail(new StraitError(ErrorCodes.MalformedFile,
                $"not a readable RSS or Atom feed: {ex.Message.TrimEnd('.')}", path,
                "Check that the file is an RSS 2.0 or Atom 1.0 feed."))];
        }

        return feed.Items.Select((item, index) => ReadItem(path, item, index + 1)).ToList();
    }

    private static Outcome<Document> ReadItem(string path, SyndicationItem item, int number)
    {
        var title = Titles.Clean(HtmlText.FragmentText(item.Title?.Text ?? ""));
        var body = Longest(ContentOf(item), HtmlText.FragmentText(item.Summary?.Text ?? ""));
        if (body.Length == 0)
        {
            return Outcome<Document>.Fail(new StraitError(ErrorCodes.EmptyFile, $"item {number} ({title ?? "untitled"}) has no text",
                $"{path} (item {number})", "Feeds that carry only titles cannot be analysed; fetch the articles' pages instead."));
        }

        var stamp = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        PartialDate? published = stamp != default ? MetadataDate.Of(stamp) : null;
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString();
        var source = link ?? (string.IsNullOrWhiteSpace(item.Id) ? $"{path}#{number}" : item.Id);
        return Outcome<Document>.Ok(Document.Create(title, source, published,
            published is null ? PublishedBasis.Unknown : PublishedBasis.Metadata, body));
    }

    /// <summary>Atom content, or RSS <c>content:encoded</c>, as plain text.</summary>
    private static string ContentOf(SyndicationItem item)
    {
        if (item.Content is TextSyndicationContent content)
        {
            return HtmlText.FragmentText(content.Text);
        }

        var encoded = item.ElementExtensions
            .Where(e => e.OuterName == "encoded" && e.OuterNamespace == "http://purl.org/rss/1.0/modules/content/")
            .Select(e =>
            {
                using var reader = e.GetReader();
                return reader.ReadElementContentAsString();
            })
            .FirstOrDefault();
        return HtmlText.FragmentText(encoded ?? "");
    }

    private static string Longest(string a, string b) => a.Length >= b.Length ? a : b;
}
