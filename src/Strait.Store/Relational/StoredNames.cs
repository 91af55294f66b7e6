using System.Globalization;
using Strait.Core.Actors;
using Strait.Core.Documents;
using Strait.Core.Events;
using Strait.Core.Time;

namespace Strait.Store.Relational;

/// <summary>How values are written to columns and read back: the names of FORMAT.md, ISO dates.</summary>
internal static class StoredNames
{
    public static string Of(EventType type) => type.ToString();

    public static string Of(EventStatus status) => EnumNames.Name(status);

    public static string Of(Issue issue) => EnumNames.Name(issue);

    public static string Of(PublishedBasis basis) => basis.ToString().ToLowerInvariant();

    public static string Day(NodaTime.LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static T Enum<T>(string text)
        where T : struct, System.Enum =>
        System.Enum.Parse<T>(text, ignoreCase: true);

    public static PartialDate? Date(string? text) => text is null ? null : PartialDate.ParseExact(text);

    public static ActorCode Actor(string text) => ActorCode.ParseExact(text);

    public static string Month(NodaTime.YearMonth month) => NodaTime.Text.YearMonthPattern.Iso.Format(month);

    public static NodaTime.YearMonth Month(string text) => NodaTime.Text.YearMonthPattern.Iso.Parse(text).Value;

    public static string Instant(NodaTime.Instant instant) => NodaTime.Text.InstantPattern.ExtendedIso.Format(instant);

    public static NodaTime.Instant Instant(string text) => NodaTime.Text.InstantPattern.ExtendedIso.Parse(text).Value;
}
