using NodaTime;
using Strait.Analysis.Index;
using Strait.Core.Events;

namespace Strait.Report.Tests;

public class HtmlReportTest
{
    private const string Hostile = "Officials said <script>alert('x')</script> & <img src=http://example.invalid/a.png> \"curbs\"";

    [Fact]
    public void Write_escapes_article_text_everywhere()
    {
        var html = Report([
            Made.Event(EventType.SANCTION, "2031-07-04", Hostile, document: "doc<1>"),
            Made.Event(EventType.ACCUSE, "2031-07-12", "A <b>bold</b> claim", source: "JPNGOV", target: "KORGOV"),
        ]);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=http://example.invalid/a.png&gt; &quot;curbs&quot;", html, StringComparison.Ordinal);
        Assert.Contains("document doc&lt;1&gt;, characters 3–", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_makes_one_self_contained_page_with_three_inline_charts()
    {
        var html = Report([Made.Event(EventType.AGREE, "2031-01-10", "an accord"), Made.Event(EventType.SANCTION, "2031-06-01", "a curb")]);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(3, Count(html, "<svg"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Write_lists_every_counted_event_with_its_evidence_and_source_in_the_timeline()
    {
        var html = Report([
            Made.Event(EventType.AGREE, "2031-01-10", "leaders signed an accord", document: null),
            Made.Event(EventType.AGREE, "2031-01-10", "the accord was signed today", document: "abc123"),
        ]);

        var timeline = html[html.IndexOf("<h2>Timeline", StringComparison.Ordinal)..];
        Assert.Contains("leaders signed an accord", timeline, StringComparison.Ordinal);
        Assert.Contains("the accord was signed today", timeline, StringComparison.Ordinal);
        Assert.Contains("made-up reference", timeline, StringComparison.Ordinal);
        Assert.Contains("document abc123", timeline, StringComparison.Ordinal);
        Assert.Equal(2, Count(timeline, "<tr>"));
    }

    [Fact]
    public void Write_draws_the_built_in_knowledge_with_leaders_and_opinion()
    {
        var html = Made.BuiltInReport();

        Assert.Equal(3, Count(html, "<svg"));
        Assert.Contains("Moon", html, StringComparison.Ordinal);
        Assert.Contains("Kishida", html, StringComparison.Ordinal);
        Assert.Contains("mail", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    private static string Report(IReadOnlyList<CodedEvent> events)
    {
        var index = new RelationsIndexBuilder(Made.Settings).Build(events, through: new YearMonth(2031, 12));
        return new HtmlReport(new Charts()).Write(new ReportInput(index, [], [], new LocalDate(2032, 1, 1), 1, Made.Presentation));
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
