using System.CommandLine;
using Strait.Cli.Output;
using Strait.Core;
using Strait.Core.Events;
using Strait.Core.Knowledge;
using Strait.Core.Time;

namespace Strait.Cli.Commands;

/// <summary>
/// <c>strait almanac</c>: lists the built-in almanac of the relationship, filtered by date range, issue, PLOVER
/// type and actor (a code prefix matched against source or target: <c>KOR</c> matches <c>KORGOV</c>).
/// </summary>
public static class AlmanacCommand
{
    public static Command Create(CliContext context, CommonOptions options)
    {
        var from = new Option<string?>("--from") { Description = "Keep events overlapping this date or later (2019, 2019-07, 2019-07-04)" };
        var to = new Option<string?>("--to") { Description = "Keep events overlapping this date or earlier" };
        var issue = new Option<string?>("--issue") { Description = "Keep one issue: history, territory, trade, security, northkorea, china, economy, diplomacy, domestic, society" };
        var type = new Option<string?>("--type") { Description = "Keep one PLOVER type (AGREE, CONSULT, ..., ASSAULT)" };
        var actor = new Option<string?>("--actor") { Description = "Keep events whose source or target code starts with this (KOR, JPNGOV)" };
        var format = CommonOptions.Format();
        var command = new Command("almanac", "List the built-in almanac of Japan–South Korea relations since 1965");
        foreach (var option in new Option[] { from, to, issue, type, actor, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var filter = Filter(parseResult.GetValue(from), parseResult.GetValue(to), parseResult.GetValue(issue), parseResult.GetValue(type), parseResult.GetValue(actor));
            var almanac = DataDirectory.Locate() is { Success: true } data
                ? AlmanacLoader.Load(Path.Combine(data.Value, "almanac", AlmanacLoader.FileName))
                : Outcome<IReadOnlyList<AlmanacEntry>>.Fail(DataDirectory.Locate().Error!);
            if (!filter.Success || !almanac.Success)
            {
                context.Error.WriteLine(filter.Error ?? almanac.Error);
                return 1;
            }

            var rows = almanac.Value.Where(filter.Value).Select(entry => (IReadOnlyList<object?>)
            [
                entry.Event.When?.ToString(), entry.Event.Type.ToString(), entry.Event.Source.ToString(), entry.Event.Target.ToString(),
                EnumNames.Name(entry.Event.Issue), EnumNames.Name(entry.Event.Status), entry.Summary, entry.Reference, entry.Note,
            ]);
            RecordWriter.Write(context, parseResult.GetValue(format), ["when", "type", "source", "target", "issue", "status", "summary", "reference", "note"], rows);
            return 0;
        });
        return command;
    }

    private static Outcome<Func<AlmanacEntry, bool>> Filter(string? fromText, string? toText, string? issueText, string? typeText, string? actorText)
    {
        PartialDate? from = null, to = null;
        Issue? issue = null;
        EventType? type = null;
        if (fromText is not null)
        {
            var parsed = PartialDate.Parse(fromText);
            if (!parsed.Success)
            {
                return Outcome<Func<AlmanacEntry, bool>>.Fail(parsed.Error! with { Where = "--from" });
            }

            from = parsed.Value;
        }

        if (toText is not null)
        {
            var parsed = PartialDate.Parse(toText);
            if (!parsed.Success)
            {
                return Outcome<Func<AlmanacEntry, bool>>.Fail(parsed.Error! with { Where = "--to" });
            }

            to = parsed.Value;
        }

        if (issueText is not null)
        {
            var parsed = EnumNames.Parse<Issue>(issueText);
            if (!parsed.Success)
            {
                return Outcome<Func<AlmanacEntry, bool>>.Fail(parsed.Error! with { Where = "--issue" });
            }

            issue = parsed.Value;
        }

        if (typeText is not null)
        {
            var parsed = EnumNames.Parse<EventType>(typeText);
            if (!parsed.Success)
            {
                return Outcome<Func<AlmanacEntry, bool>>.Fail(parsed.Error! with { Where = "--type" });
            }

            type = parsed.Value;
        }

        var actor = actorText?.Trim().ToUpperInvariant();
        return Outcome<Func<AlmanacEntry, bool>>.Ok(entry =>
        {
            var e = entry.Event;
            return (from is null || (e.When is not null && e.When.End >= from.Start)) &&
                   (to is null || (e.When is not null && e.When.Start <= to.End)) &&
                   (issue is null || e.Issue == issue) &&
                   (type is null || e.Type == type) &&
                   (actor is null || e.Source.ToString().StartsWith(actor, StringComparison.Ordinal) || e.Target.ToString().StartsWith(actor, StringComparison.Ordinal));
        });
    }
}
