using NodaTime;
using Strait.Analysis.Index;
using Strait.Core.Events;

namespace Strait.Report.Tests;

public class ChartsTest
{
    private static readonly RelationsIndex Index = new RelationsIndexBuilder(Made.Settings).Build([
        Made.Event(EventType.SANCTION, "2031-07-04", "Ministers <script>x</script> & curbs"),
        Made.Event(EventType.AGREE, "2033-02-01", "an accord"),
    ], through: new YearMonth(2034, 1));

    [Fact]
    public void Index_labels_key_events_with_their_text_escaped_as_xml()
    {
        var svg = new Charts().Index(Index, [], keyEvents: 5);

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        Assert.Contains("2031-07 SANCTION: Ministers &lt;script&gt;x&lt;/script&gt; &amp;", svg, StringComparison.Ordinal);
        Assert.Contains("<path", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyMonths_takes_the_largest_moves_at_least_a_year_apart()
    {
        var months = Charts.KeyMonths(Index, 5);

        Assert.Equal([new YearMonth(2031, 7), new YearMonth(2033, 2)], months.Select(m => m.Month));
    }

    [Fact]
    public void Opinion_says_so_when_no_series_is_found()
    {
        var svg = new Charts().Opinion([], Index, ["none"]);

        Assert.Contains("No opinion series found", svg, StringComparison.Ordinal);
    }
}
