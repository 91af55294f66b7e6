using System.Globalization;
using NodaTime;
using ScottPlot;
using Strait.Analysis.Index;
using Strait.Core.Events;
using Strait.Core.Knowledge;

namespace Strait.Report;

/// <summary>
/// Draws the report's charts with ScottPlot and returns each as SVG markup to inline in the page. Text in the
/// charts is written by ScottPlot's SVG canvas, which escapes it as XML (a test holds it to that), so labels
/// are passed to it unescaped.
/// </summary>
public sealed class Charts(int width = 1100, int height = 480)
{
    private static readonly Color Korea = Color.FromHex("#1f5fa8");
    private static readonly Color Japan = Color.FromHex("#b8322a");

    /// <summary>The index over time with its normal band, crisis months, leaders' terms and the key events.</summary>
    public string Index(RelationsIndex index, IReadOnlyList<LeaderTerm> leaders, int keyEvents)
    {
        var plot = new Plot();
        if (index.Months.Count == 0)
        {
            return Empty(plot, "No events bear on the dyad yet");
        }

        var xs = index.Months.Select(m => X(m.Month)).ToArray();
        var first = xs[0];
        var last = xs[^1];
        var ys = index.Months.Select(m => m.Level).ToArray();
        var top = ys.Max();
        var bottom = ys.Min();
        LeaderBands(plot, leaders, first, last, top, bottom);

        var banded = index.Months.Where(m => m.Range is not null).ToList();
        if (banded.Count > 1)
        {
            var band = plot.Add.FillY(
                banded.Select(m => X(m.Month)).ToArray(),
                banded.Select(m => m.Range!.High).ToArray(),
                banded.Select(m => m.Range!.Low).ToArray());
            band.FillColor = Colors.Gray.WithAlpha(0.25);
            band.LineColor = Colors.Gray.WithAlpha(0.5);
            band.LegendText = "normal range (trailing 10-year median ± 2 robust SD)";
        }

        var line = plot.Add.ScatterLine(xs, ys);
        line.Color = Colors.Black;
        line.LineWidth = 1.5f;
        line.LegendText = "relations index (cooperation − conflict, decaying memory)";

        var crisis = index.Months.Where(m => m.Crisis).ToList();
        if (crisis.Count > 0)
        {
            var markers = plot.Add.ScatterPoints(crisis.Select(m => X(m.Month)).ToArray(), crisis.Select(m => m.Level).ToArray());
            markers.Color = Colors.OrangeRed;
            markers.MarkerSize = 5;
            markers.LegendText = "crisis month (below the normal range)";
        }

        foreach (var month in KeyMonths(index, keyEvents))
        {
            var driver = month.Contributions.MaxBy(c => Math.Abs(c.Amount))!;
            var label = plot.Add.Text(Label(month.Month, driver), X(month.Month), month.Level);
            label.LabelFontSize = 10;
            label.LabelFontColor = month.Flow < 0 ? Japan.Darken(0.2) : Korea.Darken(0.2);
            label.LabelAlignment = month.Flow < 0 ? Alignment.UpperCenter : Alignment.LowerCenter;
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.SetLimitsX(first, last);
        plot.Title("Japan–South Korea relations index, monthly");
        plot.YLabel("index");
        plot.ShowLegend(Edge.Bottom);
        return Svg(plot);
    }

    /// <summary>The index broken down by issue: yearly means of each issue's level as stacked bars.</summary>
    public string Issues(RelationsIndex index)
    {
        var plot = new Plot();
        var years = index.By(PeriodKind.Year);
        if (years.Count == 0)
        {
            return Empty(plot, "No events bear on the dyad yet");
        }

        var palette = new ScottPlot.Palettes.Category10();
        var issues = Enum.GetValues<Issue>();
        var up = new double[years.Count];
        var down = new double[years.Count];
        for (var k = 0; k < issues.Length; k++)
        {
            var bars = new List<Bar>();
            for (var i = 0; i < years.Count; i++)
            {
                var value = years[i].Issues[issues[k]];
                if (Math.Abs(value) < 1e-9)
                {
                    continue;
                }

                ref var stack = ref value > 0 ? ref up[i] : ref down[i];
                bars.Add(new Bar
                {
                    Position = years[i].Period.Year,
                    ValueBase = stack,
                    Value = stack + value,
                    FillColor = palette.GetColor(k),
                    LineWidth = 0,
                });
                stack += value;
            }

            if (bars.Count > 0)
            {
                var series = plot.Add.Bars(bars);
                series.LegendText = EnumNames.Name(issues[k]);
            }
        }

        plot.Title("The index by issue: yearly mean of each issue's level, stacked");
        plot.YLabel("index");
        plot.ShowLegend(Edge.Right);
        return Svg(plot);
    }

    /// <summary>
    /// The opinion series of both publics (percent, left axis) beside the yearly index (right axis), with the
    /// Cabinet Office's 2020 change of method marked where the series records a break.
    /// </summary>
    public string Opinion(IReadOnlyList<IndicatorObservation> indicators, RelationsIndex index, IReadOnlyList<string> series)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var drawn = 0;
        foreach (var (name, k) in series.Select((s, k) => (s, k)))
        {
            var points = indicators.Where(o => o.Series == name && o.Indicator.When is not null)
                .OrderBy(o => o.Indicator.When!.Start)
                .ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var scatter = plot.Add.Scatter(points.Select(p => MidYear(p.Indicator.When!.Start.Year)).ToArray(), points.Select(p => p.Indicator.Value).ToArray());
            scatter.Color = palette.GetColor(k);
            scatter.LineWidth = 2;
            scatter.MarkerSize = 6;
            // Dashed lines make SkiaSharp's SVG canvas print "Unsupported path effect"; markers tell the publics apart.
            scatter.MarkerShape = points[0].Indicator.Population == "KOR" ? MarkerShape.FilledSquare : MarkerShape.FilledCircle;
            scatter.LegendText = $"{points[0].Indicator.Population}: {points[0].Indicator.Measure} ({points[0].Indicator.By})";
            drawn++;
            foreach (var broken in points.Where(p => p.SeriesBreak))
            {
                var marker = plot.Add.VerticalLine(MidYear(broken.Indicator.When!.Start.Year) - 182);
                marker.Color = Colors.DimGray;
                marker.Text = $"break {broken.Indicator.When}";
                marker.LabelFontSize = 10;
            }
        }

        if (drawn == 0)
        {
            return Empty(plot, "No opinion series found");
        }

        var years = index.By(PeriodKind.Year).Where(p => p.Period.Year >= 2008).ToList();
        if (years.Count > 0)
        {
            var line = plot.Add.Scatter(years.Select(y => MidYear(y.Period.Year)).ToArray(), years.Select(y => y.Index).ToArray());
            line.Axes.YAxis = plot.Axes.Right;
            line.Color = Colors.Black;
            line.LineWidth = 2.5f;
            line.MarkerSize = 0;
            line.LegendText = "relations index, yearly mean (right axis)";
            plot.Axes.Right.Label.Text = "relations index";
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Title("What the two publics think, beside the index");
        plot.YLabel("percent of respondents");
        plot.ShowLegend(Edge.Bottom);
        return Svg(plot);
    }

    /// <summary>The months labelled on the index chart: the largest absolute flows, at most one a year apart.</summary>
    public static IReadOnlyList<IndexMonth> KeyMonths(RelationsIndex index, int count)
    {
        var chosen = new List<IndexMonth>();
        foreach (var month in index.Months.Where(m => m.Contributions.Count > 0).OrderByDescending(m => Math.Abs(m.Flow)))
        {
            if (chosen.Count >= count)
            {
                break;
            }

            if (chosen.All(c => Math.Abs(MonthAttribution.MonthsBetween(c.Month, month.Month)) >= 12))
            {
                chosen.Add(month);
            }
        }

        return chosen.OrderBy(m => m.Month).ToList();
    }

    /// <summary>A chart label: the month, the type and the first words of the event's summary.</summary>
    public static string Label(YearMonth month, Contribution driver)
    {
        var text = driver.Event.Event.Evidence.FirstOrDefault(e => e.DocumentId is null)?.Text ?? driver.Event.Event.Evidence.FirstOrDefault()?.Text ?? "";
        var words = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5));
        return $"{month.ToString("uuuu-MM", CultureInfo.InvariantCulture)} {driver.Event.Event.Type}: {words}…";
    }

    private void LeaderBands(Plot plot, IReadOnlyList<LeaderTerm> leaders, double first, double last, double top, double bottom)
    {
        foreach (var group in leaders.GroupBy(l => l.Country))
        {
            var shade = 0;
            foreach (var term in group)
            {
                var from = Math.Max(X(term.From), first);
                var to = Math.Min(term.To is { } end ? X(end) : last, last);
                if (to <= from)
                {
                    continue;
                }

                // Korean terms shade the upper half of the chart, Japanese terms the lower half.
                var color = (group.Key == "KOR" ? Korea : Japan).WithAlpha(shade++ % 2 == 0 ? 0.10 : 0.18);
                var rectangle = plot.Add.Rectangle(from, to, group.Key == "KOR" ? 0 : bottom * 1.05, group.Key == "KOR" ? top * 1.05 : 0);
                rectangle.FillColor = color;
                rectangle.LineWidth = 0;
                if (to - from < 365)
                {
                    continue;
                }

                var name = plot.Add.Text(term.ShortName, from, group.Key == "KOR" ? top * 1.05 : bottom * 1.05);
                name.LabelFontSize = 9;
                name.LabelFontColor = (group.Key == "KOR" ? Korea : Japan).WithAlpha(0.9);
                name.LabelAlignment = group.Key == "KOR" ? Alignment.UpperLeft : Alignment.LowerLeft;
                name.LabelRotation = 0;
            }
        }
    }

    /// <summary>The simulated index as a fan (5–95% and 25–75% bands, the median) after the last years of the measured index.</summary>
    public string Fan(SimulationFan fan, RelationsIndex index)
    {
        var plot = new Plot();
        var xs = fan.Months.Select(m => X(m.Month)).ToArray();
        var outer = plot.Add.FillY(xs, fan.Months.Select(m => m.P95).ToArray(), fan.Months.Select(m => m.P5).ToArray());
        outer.FillColor = Korea.WithAlpha(0.18);
        outer.LineWidth = 0;
        outer.LegendText = "5–95% of runs";
        var inner = plot.Add.FillY(xs, fan.Months.Select(m => m.P75).ToArray(), fan.Months.Select(m => m.P25).ToArray());
        inner.FillColor = Korea.WithAlpha(0.40);
        inner.LineWidth = 0;
        inner.LegendText = "25–75% of runs";
        var median = plot.Add.ScatterLine(xs, fan.Months.Select(m => m.P50).ToArray());
        median.Color = Korea;
        median.LineWidth = 2f;
        median.LegendText = "median";

        var start = fan.Months[0].Month;
        var measured = index.Months.Where(m => m.Month < start && m.Month >= start.PlusMonths(-60)).ToList();
        if (measured.Count > 1)
        {
            var line = plot.Add.ScatterLine(measured.Select(m => X(m.Month)).ToArray(), measured.Select(m => m.Level).ToArray());
            line.Color = Colors.Black;
            line.LineWidth = 1.5f;
            line.LegendText = "measured index";
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Left.Label.Text = "relations index";
        plot.ShowLegend(Alignment.UpperLeft);
        return Svg(plot);
    }

    private static double X(YearMonth month) => new DateTime(month.Year, month.Month, 15, 0, 0, 0, DateTimeKind.Unspecified).ToOADate();

    private static double X(LocalDate day) => new DateTime(day.Year, day.Month, day.Day, 0, 0, 0, DateTimeKind.Unspecified).ToOADate();

    private static double MidYear(int year) => new DateTime(year, 7, 1, 0, 0, 0, DateTimeKind.Unspecified).ToOADate();

    private string Empty(Plot plot, string message)
    {
        plot.Title(message);
        return Svg(plot);
    }

    private string Svg(Plot plot)
    {
        var svg = plot.GetSvgXml(width, height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }
}
