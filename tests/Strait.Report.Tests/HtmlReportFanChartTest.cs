using NodaTime;
using Strait.Analysis.Index;
using Strait.Core.Events;

namespace Strait.Report.Tests;

/// <summary>The optional fan-chart section of <see cref="HtmlReport"/>.</summary>
public class HtmlReportFanChartTest
{
    private static readonly RelationsIndex Index = new RelationsIndexBuilder(Made.Settings)
        .Build([Made.Event(EventType.AGREE, "2031-01-10", "an accord"), Made.Event(EventType.SANCTION, "2031-06-01", "a curb")], through: new YearMonth(2031, 12));

    private static string Write(SimulationFan? fan) =>
        new HtmlReport(new Charts()).Write(new ReportInput(Index, [], [], new LocalDate(2032, 1, 1), 1, Made.Presentation, fan));

    private static string Section(string html)
    {
        var start = html.IndexOf("<h2>Simulated outlook</h2>", StringComparison.Ordinal);
        Assert.True(start >= 0, "the fan-chart section is missing");
        var end = html.IndexOf("</figure>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [Fact]
    public void Write_draws_the_fan_chart_as_inline_svg_when_given_quantiles()
    {
        var months = Enumerable.Range(0, 24)
            .Select(t => new FanMonth(new YearMonth(2032, 1).PlusMonths(t), -20 - t, -8 - (t / 2.0), -2, 4 + (t / 2.0), 15 + t))
            .ToArray();

        var section = Section(Write(new SimulationFan("made-up-scenario", 77, 500, months)));

        Assert.Contains("<svg", section, StringComparison.Ordinal);
        Assert.Contains("made-up-scenario", section, StringComparison.Ordinal);
        Assert.Contains("500 runs", section, StringComparison.Ordinal);
        Assert.Contains("seed 77", section, StringComparison.Ordinal);
        Assert.Contains("25–75% of runs", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_leaves_the_section_out_without_quantiles()
    {
        var html = Write(null);

        var empty = Write(new SimulationFan("empty", 1, 0, []));

        Assert.DoesNotContain("Simulated outlook", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Simulated outlook", empty, StringComparison.Ordinal);
        Assert.Equal(3, html.Split("<svg").Length - 1);
    }
}
