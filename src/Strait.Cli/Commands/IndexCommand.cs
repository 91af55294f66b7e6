using System.CommandLine;
using Strait.Analysis.Index;
using Strait.Cli.Output;
using Strait.Core;
using Strait.Core.Events;
using Strait.Core.Time;

namespace Strait.Cli.Commands;

/// <summary>
/// <c>strait index --by month|quarter|year</c>: the relations index (net cooperation minus conflict, with a
/// decaying memory) by period, with one column per issue, the normal range and the crisis flag. With
/// <c>--issue</c> the index is built from that issue's events alone.
/// </summary>
public static class IndexCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var by = new Option<PeriodKind>("--by") { Description = "Aggregate by month, quarter or year", DefaultValueFactory = _ => PeriodKind.Year };
        var issue = new Option<string?>("--issue") { Description = "Build the index from one issue's events (trade, history, ...)" };
        var from = new Option<string?>("--from") { Description = "First period to show (2012, 2012-08)" };
        var to = new Option<string?>("--to") { Description = "Last period to show" };
        var weights = ReportCommand.WeightsOption();
        var format = CommonOptions.Format();
        var command = new Command("index", "The Japan–South Korea relations index by month, quarter or year");
        foreach (var option in new Option[] { by, issue, from, to, weights, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            Issue? only = null;
            if (parseResult.GetValue(issue) is { } issueText)
            {
                var parsed = EnumNames.Parse<Issue>(issueText);
                if (!parsed.Success)
                {
                    context.Error.WriteLine(parsed.Error! with { Where = "--issue" });
                    return 1;
                }

                only = parsed.Value;
            }

            var range = Range(parseResult.GetValue(from), parseResult.GetValue(to));
            if (!range.Success)
            {
                context.Error.WriteLine(range.Error);
                return 1;
            }

            var sources = ReportCommand.Sources.Load(context, parseResult.GetValue(options.Database)!, parseResult.GetValue(weights), only);
            if (!sources.Success)
            {
                context.Error.WriteLine(sources.Error);
                return 1;
            }

            var issues = only is { } one ? [one] : Enum.GetValues<Issue>();
            var (first, last) = range.Value;
            var periods = sources.Value.Index.By(parseResult.GetValue(by))
                .Where(p => (first is null || LastDay(p) >= first.Start) && (last is null || p.Period.FirstMonth.ToDateInterval().Start <= last.End));
            var columns = new List<string> { "period", "index" };
            columns.AddRange(issues.Select(EnumNames.Name));
            columns.AddRange(["crisis", "crisis_months", "band_low", "band_high"]);
            var rows = periods.Select(p =>
            {
                var row = new List<object?> { p.Period.Label, Round(p.Index) };
                row.AddRange(issues.Select(i => (object?)Round(p.Issues[i])));
                row.AddRange([p.Crisis, p.CrisisMonths, p.Range is null ? null : Round(p.Range.Low), p.Range is null ? null : Round(p.Range.High)]);
                return (IReadOnlyList<object?>)row;
            });
            RecordWriter.Write(context, parseResult.GetValue(format), columns, rows);
            return 0;
        });
        return command;
    }

    private static NodaTime.LocalDate LastDay(IndexPeriod period) => period.Period.LastMonth.ToDateInterval().End;

    private static double Round(double value) => Math.Round(value, 3);

    private static Outcome<(PartialDate? From, PartialDate? To)> Range(string? from, string? to)
    {
        var first = from is null ? null : PartialDate.Parse(from);
        var last = to is null ? null : PartialDate.Parse(to);
        if (first is { Success: false })
        {
            return Outcome<(PartialDate?, PartialDate?)>.Fail(first.Error! with { Where = "--from" });
        }

        return last is { Success: false }
            ? Outcome<(PartialDate?, PartialDate?)>.Fail(last.Error! with { Where = "--to" })
            : Outcome<(PartialDate?, PartialDate?)>.Ok((first?.Value, last?.Value));
    }
}
