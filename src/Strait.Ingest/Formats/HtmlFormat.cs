using System.Text.Json;
using AngleSharp.Html.Dom;
using Strait.Core;
using Strait.Core.Documents;
using Strait.Core.Time;

namespace Strait.Ingest.Formats;

/// <summary>
/// HTML pages: the main text as plain paragraphs (<see cref="HtmlText"/>), the title from <c>og:title</c> or
/// <c>&lt;title&gt;</c>, the publication date from the page's metadata (basis metadata): <c>article:published_time</c>,
/// <c>datePublished</c> (microdata or JSON-LD), or a <c>&lt;time datetime&gt;</c> element. The source is the
/// canonical address when the page gives one, else the file.
/// </summary>
public sealed class HtmlFormat : IArticleFormat
{
    private static readonly string[] DateMeta =
    [
        "meta[property='article:published_time']",
        "meta[name='article:published_time']",
        "meta[itemprop='datePublished']",
        "meta[name='date']",
        "meta[name='pubdate']",
        "meta[name='DC.date.issued']",
    ];

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public IEnumerable<Outcome<Document>> Read(string path, string text)
    {
        yield return ReadOne(path, text);
    }

    private static Outcome<Document> ReadOne(string path, string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal))
        {
            return Fail(path, "the file has no HTML tags", "Give it a .txt extension if it is plain text.");
        }

        var page = HtmlText.Parse(html);
        var title = Titles.Clean(Attribute(page, "meta[property='og:title']", "content")
            ?? NonEmpty(page.Title)
            ?? NonEmpty(page.QuerySelector("h1")?.TextContent));
        var published = PublishedOf(page);
        var source = NonEmpty(Attribute(page, "link[rel='canonical']", "href")) ?? NonEmpty(Attribute(page, "meta[property='og:url']", "content")) ?? path;

        var text = HtmlText.MainText(page);
        if (text.Length == 0)
        {
            return Fail(path, "the page has no text in its body", "Check that the file is the article's page, not a script or frame.");
        }

        return Outcome<Document>.Ok(Document.Create(title, source, published,
            published is null ? PublishedBasis.Unknown : PublishedBasis.Metadata, text));
    }

    private static PartialDate? PublishedOf(IHtmlDocument page)
    {
        foreach (var selector in DateMeta)
        {
            if (MetadataDate.Parse(Attribute(page, selector, "content")) is { } date)
            {
                return date;
            }
        }

        var microdata = page.QuerySelector("[itemprop='datePublished']");
        if (MetadataDate.Parse(microdata?.GetAttribute("datetime") ?? microdata?.GetAttribute("content") ?? microdata?.TextContent) is { } marked)
        {
            return marked;
        }

        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (MetadataDate.Parse(JsonLdDatePublished(script.TextContent)) is { } linked)
            {
                return linked;
            }
        }

        var time = page.QuerySelector("time[pubdate][datetime]") ?? page.QuerySelector("time[datetime]");
        return MetadataDate.Parse(time?.GetAttribute("datetime"));
    }

    /// <summary>The first <c>datePublished</c> string anywhere in a JSON-LD block; null when there is none or the JSON is bad.</summary>
    private static string? JsonLdDatePublished(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            return Find(parsed.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }

        static string? Find(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (property.NameEquals("datePublished") && property.Value.ValueKind == JsonValueKind.String)
                        {
                            return property.Value.GetString();
                        }

                        if (Find(property.Value) is { } nested)
                        {
                            return nested;
                        }
                    }

                    return null;
                case JsonValueKind.Array:
                    return element.EnumerateArray().Select(Find).FirstOrDefault(found => found is not null);
                default:
                    return null;
            }
        }
    }

    private static string? Attribute(IHtmlDocument page, string selector, string attribute) =>
        NonEmpty(page.QuerySelector(selector)?.GetAttribute(attribute));

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : HtmlText.Collapse(text);

    private static Outcome<Document> Fail(string path, string message, string hint) =>
        Outcome<Document>.Fail(new StraitError(ErrorCodes.MalformedFile, message, path, hint));
}
