using System.Globalization;
using System.Text;
using Strait.Analysis.Index;
using Strait.Core.Events;

namespace Strait.Report;

/// <summary>
/// Writes the report: one self-contained HTML page (inline style, charts as inline SVG, no script, no external
/// resource) with the index chart, the issue breakdown, the opinion series beside the index, the index by year,
/// the biggest moves and a timeline in which every event shows its evidence and source. Every text that comes
/// from data or articles is escaped with <see cref="Html.Escape"/>.
/// </summary>
public sealed class HtmlReport(Charts charts)
{
    private const string Style = """
        body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em auto; max-width: 1160px; color: #222; }
        h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ccc; }
        figure { margin: 1em 0; } figure svg { width: 100%; height: auto; } figcaption { font-size: 0.85em; color: #555; }
        table { border-collapse: collapse; font-size: 0.85em; width: 100%; }
        th, td { border: 1px solid #ddd; padding: 3px 6px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
        th { background: #f2f2f2; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.crisis td { background: #fde8e4; } .neg { color: #a1281f; } .pos { color: #1b5796; }
        blockquote { margin: 0; font-style: italic; } .src { color: #555; font-size: 0.9em; }
        """;

    public string Write(ReportInput input)
    {
        var index = input.Index;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<title>Strait: Japan–South Korea relations</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>Japan–South Korea relations</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>Written {Html.Escape(input.GeneratedOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))} by Strait from ")
            .Append(CultureInfo.InvariantCulture, $"{index.Events.Count} counted events ({index.Events.Sum(e => e.Reports.Count)} reports, almanac and {input.Documents} articles), ")
            .Append(CultureInfo.InvariantCulture, $"weights from <code>{Html.Escape(Path.GetFileName(index.Settings.Source))}</code>. ")
            .Append("The index adds the weights of the month's events (cooperation positive, conflict negative) to the previous month's level times ")
            .Append(Html.Escape(index.Settings.Decay.ToString("0.###", CultureInfo.InvariantCulture)))
            .Append("; a crisis month is one whose level falls below the normal range drawn from the ten years before it.</p>\n");

        Section(html, "The relations index", charts.Index(index, input.Leaders, keyEvents: 8),
            "Shaded bands: terms of South Korean presidents (blue, above zero) and Japanese prime ministers (red, below zero). "
            + "Labels: the month's largest event in the months with the largest moves. Grey: normal range; red dots: crisis months.");
        if (input.Simulation is { Months.Count: > 0 } fan)
        {
            Section(html, "Simulated outlook", charts.Fan(fan, index),
                $"Scenario {fan.Scenario}: {fan.Runs.ToString(CultureInfo.InvariantCulture)} runs of the simulation, seed {fan.Seed.ToString(CultureInfo.InvariantCulture)}. "
                + "Dark band: the middle half of the runs (25–75%); light band: 90% of them (5–95%); line: the median; black: the measured index before the start.");
        }

        Section(html, "By issue", charts.Issues(index),
            "Each bar is a year's mean index split by the issue of the events behind it; cooperation stacks upwards, conflict downwards.");
        Section(html, "What the publics think", charts.Opinion(input.Indicators, index, input.Settings.OpinionSeries), input.Settings.OpinionCaption);

        Years(html, index);
        Moves(html, index);
        Timeline(html, index);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Section(StringBuilder html, string title, string svg, string caption) =>
        html.Append("<h2>").Append(Html.Escape(title)).Append("</h2>\n<figure>\n").Append(svg)
            .Append("\n<figcaption>").Append(Html.Escape(caption)).Append("</figcaption>\n</figure>\n");

    private static void Years(StringBuilder html, RelationsIndex index)
    {
        html.Append("<h2>The index by year</h2>\n<table>\n<tr><th>year</th><th>index</th><th>events' weight</th><th>crisis months</th>");
        foreach (var issue in Enum.GetValues<Issue>())
        {
            html.Append("<th>").Append(EnumNames.Name(issue)).Append("</th>");
        }

        html.Append("</tr>\n");
        foreach (var year in index.By(PeriodKind.Year))
        {
            html.Append(year.Crisis ? "<tr class=\"crisis\">" : "<tr>")
                .Append("<td>").Append(year.Period.Label).Append("</td>")
                .Append(Number(year.Index)).Append(Number(year.Flow))
                .Append("<td class=\"num\">").Append(year.CrisisMonths.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            foreach (var issue in Enum.GetValues<Issue>())
            {
                html.Append(Number(year.Issues[issue]));
            }

            html.Append("</tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Moves(StringBuilder html, RelationsIndex index)
    {
        html.Append("<h2>The biggest moves and what drove them</h2>\n<table>\n<tr><th>month</th><th>change</th><th>index</th><th>events</th></tr>\n");
        foreach (var move in IndexMoves.Largest(index, 12))
        {
            html.Append(move.Month.Crisis ? "<tr class=\"crisis\">" : "<tr>")
                .Append("<td>").Append(Html.Escape(CalendarPeriod.Of(move.Month.Month, PeriodKind.Month).Label)).Append("</td>")
                .Append(Number(move.Change)).Append(Number(move.Month.Level)).Append("<td>");
            foreach (var driver in move.Drivers)
            {
                var coded = driver.Event.Event;
                html.Append(CultureInfo.InvariantCulture, $"{Html.Escape(coded.Type.ToString())} {Html.Escape(coded.Source.ToString())}→{Html.Escape(coded.Target.ToString())} ")
                    .Append(CultureInfo.InvariantCulture, $"({driver.Amount.ToString("+0.0;−0.0", CultureInfo.InvariantCulture)}): ")
                    .Append(Html.Escape(coded.Evidence.FirstOrDefault()?.Text)).Append("<br>");
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static void Timeline(StringBuilder html, RelationsIndex index)
    {
        html.Append("<h2>Timeline: every counted event, its evidence and source</h2>\n<table>\n")
            .Append("<tr><th>when</th><th>type</th><th>source → target</th><th>issue</th><th>status</th><th>weight</th><th>evidence</th><th>source</th><th>reports</th></tr>\n");
        var builder = new RelationsIndexBuilder(index.Settings);
        foreach (var counted in index.Events)
        {
            var coded = counted.Event;
            html.Append("<tr><td>").Append(Html.Escape(coded.When?.ToString())).Append("</td>")
                .Append("<td>").Append(Html.Escape(coded.Type.ToString())).Append("</td>")
                .Append("<td>").Append(Html.Escape($"{coded.Source} → {coded.Target}")).Append("</td>")
                .Append("<td>").Append(EnumNames.Name(coded.Issue)).Append("</td>")
                .Append("<td>").Append(EnumNames.Name(coded.Status)).Append("</td>")
                .Append(Number(builder.WeightOf(coded)))
                .Append("<td>");
            foreach (var evidence in coded.Evidence)
            {
                html.Append("<blockquote>").Append(Html.Escape(evidence.Text)).Append("</blockquote>");
            }

            html.Append("</td><td class=\"src\">");
            foreach (var evidence in coded.Evidence)
            {
                var source = evidence.DocumentId is { } document
                    ? $"document {document}, characters {evidence.Start}–{evidence.End}" + (evidence.Source is null ? "" : $" ({evidence.Source})")
                    : evidence.Source ?? "";
                html.Append(Html.Escape(source)).Append("<br>");
            }

            html.Append("</td><td class=\"num\">").Append(counted.Reports.Count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string Number(double value) =>
        $"<td class=\"num {(value < -0.05 ? "neg" : value > 0.05 ? "pos" : "")}\">{Html.Escape(value.ToString("0.0", CultureInfo.InvariantCulture))}</td>";
}
