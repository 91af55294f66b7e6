using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Time;

namespace Strait.Core.Knowledge;

/// <summary>
/// Loads the built-in almanac (<c>data/almanac/almanac.csv</c>, format in data/README.md): one dated event per
/// row, coded like an extracted event, with its source. Any bad row gives a STR110 error naming the file,
/// the line and the column.
/// </summary>
public static class AlmanacLoader
{
    public const string FileName = "almanac.csv";

    /// <summary>The columns of the file, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["when", "type", "source", "target", "issue", "status", "summary", "reference", "aliases", "note"];

    public static Outcome<IReadOnlyList<AlmanacEntry>> Load(string path) => AlmanacCsvRows.Read(path, Columns, Entry);

    private static Outcome<AlmanacEntry> Entry(AlmanacCsvRow row)
    {
        var when = row.Parse("when", PartialDate.Parse);
        if (!when.Success)
        {
            return Fail(when.Error!);
        }

        var type = row.Parse("type", text => text == text.ToUpperInvariant() && !char.IsDigit(text[0])
            ? EnumNames.Parse<EventType>(text)
            : Outcome<EventType>.Fail(new StraitError(ErrorCodes.BadEnumValue, $"'{text}' is not a PLOVER type")));
        if (!type.Success)
        {
            return Fail(new StraitError(type.Error!.Code, type.Error.Message, type.Error.Where,
                $"Use one of the PLOVER types in upper case: {string.Join(", ", Enum.GetNames<EventType>())}."));
        }

        var source = row.Parse("source", ActorCode.Parse);
        var target = row.Parse("target", ActorCode.Parse);
        var issue = row.Parse("issue", text => text == text.ToLowerInvariant()
            ? EnumNames.Parse<Issue>(text)
            : Outcome<Issue>.Fail(new StraitError(ErrorCodes.BadEnumValue, $"'{text}' is not an issue in lower case",
                Hint: $"Use one of: {string.Join(", ", Enum.GetValues<Issue>().Select(EnumNames.Name))}.")));
        var status = row.Parse("status", EnumNames.Parse<EventStatus>);
        var summary = row.Required("summary");
        var reference = row.Required("reference");
        var failure = new StraitError?[] { source.Error, target.Error, issue.Error, status.Error, summary.Error, reference.Error }
            .FirstOrDefault(e => e is not null);
        if (failure is not null)
        {
            return Fail(failure);
        }

        var aliases = row["aliases"].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var coded = new CodedEvent(type.Value, status.Value, source.Value, target.Value, when.Value, issue.Value,
            [Evidence.FromSource(summary.Value, reference.Value)], Confidence: 1.0);
        return Outcome<AlmanacEntry>.Ok(new AlmanacEntry(coded, summary.Value, reference.Value, aliases, row.Optional("note")));
    }

    private static Outcome<AlmanacEntry> Fail(StraitError error) => Outcome<AlmanacEntry>.Fail(error);
}
