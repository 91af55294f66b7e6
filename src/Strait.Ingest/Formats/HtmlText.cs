using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Strait.Ingest.Formats;

/// <summary>
/// Plain text out of HTML: the paragraphs of the main content (an <c>article</c>, else <c>main</c>, else the
/// body), each on its own, separated by a blank line, white space collapsed, without markup.
/// </summary>
internal static class HtmlText
{
    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";
    private const string Noise = "script, style, noscript, template, nav, header, footer, aside, form, button, figure, svg";

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The text of a page's main content.</summary>
    public static string MainText(IHtmlDocument page)
    {
        var container = page.QuerySelector("article") ?? page.QuerySelector("main") ?? page.QuerySelector("[role=main]")
            ?? (IElement?)page.Body;
        return container is null ? "" : TextOf(container);
    }

    /// <summary>The text of an HTML fragment such as a feed item's description.</summary>
    public static string FragmentText(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html.Trim();
        }

        var page = Parse($"<!DOCTYPE html><html><body>{html}</body></html>");
        return page.Body is null ? "" : TextOf(page.Body);
    }

    /// <summary>One line of text with runs of white space collapsed.</summary>
    public static string Collapse(string? text) =>
        text is null ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string TextOf(IElement container)
    {
        foreach (var noise in container.QuerySelectorAll(Noise).ToList())
        {
            noise.Remove();
        }

        // Innermost blocks only, so that a list inside a blockquote is not read twice.
        var blocks = container.QuerySelectorAll(Blocks)
            .Where(block => block.QuerySelector(Blocks) is null)
            .Select(block => Collapse(block.TextContent))
            .Where(text => text.Length > 0)
            .ToList();
        if (blocks.Count == 0)
        {
            return Collapse(container.TextContent);
        }

        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(block);
        }

        return text.ToString();
    }
}
