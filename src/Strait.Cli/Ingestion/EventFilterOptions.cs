using System.CommandLine;
using System.Text.RegularExpressions;
using Strait.Core;
using Strait.Core.Events;
using Strait.Core.Time;
using Strait.Store;

namespace Strait.Cli.Ingestion;

/// <summary>The filters <c>strait events</c> and <c>strait timeline</c> share, read into an <see cref="EventQuery"/>.</summary>
public sealed partial class EventFilterOptions
{
    private readonly Option<string?> _from = new("--from") { Description = "Only events on or after this date (2019-07-04, 2019-07 or 2019)" };
    private readonly Option<string?> _to = new("--to") { Description = "Only events on or before this date (the last day of a month or year)" };
    private readonly Option<string?> _issue = new("--issue") { Description = "Only this issue: history, territory, trade, security, northkorea, china, economy, diplomacy, domestic, society" };
    private readonly Option<string?> _type = new("--type") { Description = "Only this PLOVER type: CONSULT, AGREE, ACCUSE, SANCTION..." };
    private readonly Option<string?> _actor = new("--actor") { Description = "Only events whose source or target code starts with this (KOR, JPNGOV)" };

    public void AddTo(Command command)
    {
        command.Options.Add(_from);
        command.Options.Add(_to);
        command.Options.Add(_issue);
        command.Options.Add(_type);
        command.Options.Add(_actor);
    }

    public Outcome<EventQuery> Read(ParseResult parseResult)
    {
        var from = Date(parseResult.GetValue(_from), "--from");
        if (!from.Success)
        {
            return Outcome<EventQuery>.Fail(from.Error!);
        }

        var to = Date(parseResult.GetValue(_to), "--to");
        if (!to.Success)
        {
            return Outcome<EventQuery>.Fail(to.Error!);
        }

        if (from.Value is { } start && to.Value is { } end && end.End < start.Start)
        {
            return Outcome<EventQuery>.Fail(new StraitError(ErrorCodes.BadDate, $"--to {end} is before --from {start}", "--to",
                "Give --from the earlier date."));
        }

        Issue? issue = null;
        if (parseResult.GetValue(_issue) is { } issueText)
        {
            var parsed = EnumNames.Parse<Issue>(issueText);
            if (!parsed.Success)
            {
                return Outcome<EventQuery>.Fail(parsed.Error! with { Where = "--issue" });
            }

            issue = parsed.Value;
        }

        EventType? type = null;
        if (parseResult.GetValue(_type) is { } typeText)
        {
            var parsed = EnumNames.Parse<EventType>(typeText);
            if (!parsed.Success)
            {
                return Outcome<EventQuery>.Fail(parsed.Error! with { Where = "--type" });
            }

            type = parsed.Value;
        }

        var actor = parseResult.GetValue(_actor)?.Trim().ToUpperInvariant();
        if (actor is not null && !ActorPrefix().IsMatch(actor))
        {
            return Outcome<EventQuery>.Fail(new StraitError(ErrorCodes.BadActorCode, $"'{actor}' is not an actor code or the start of one", "--actor",
                "Give a country code such as KOR, or a full code such as KORGOV or IGOWTO."));
        }

        return Outcome<EventQuery>.Ok(new EventQuery(from.Value, to.Value, issue, type, actor));
    }

    private static Outcome<PartialDate?> Date(string? text, string option)
    {
        if (text is null)
        {
            return Outcome<PartialDate?>.Ok(null);
        }

        var parsed = PartialDate.Parse(text);
        return parsed.Success
            ? Outcome<PartialDate?>.Ok(parsed.Value)
            : Outcome<PartialDate?>.Fail(parsed.Error! with { Where = option });
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]{0,11}$")]
    private static partial Regex ActorPrefix();
}
