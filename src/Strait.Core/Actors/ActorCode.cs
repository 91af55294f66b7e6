using System.Text.RegularExpressions;

namespace Strait.Core.Actors;

/// <summary>
/// An actor code as in FORMAT.md: an ISO 3166 alpha-3 country optionally followed by a role
/// (<c>KORGOV</c>, <c>JPNBUS</c>, <c>USA</c>), or <c>IGO</c> followed by the body (<c>IGOWTO</c>, <c>IGOG20</c>).
/// </summary>
public sealed partial record ActorCode
{
    private ActorCode(string country, ActorRole role, string? body)
    {
        Country = country;
        Role = role;
        Body = body;
    }

    /// <summary>The three-letter country, or <c>IGO</c> for an international body.</summary>
    public string Country { get; }

    public ActorRole Role { get; }

    /// <summary>For an international body, its short name (<c>WTO</c>); otherwise null.</summary>
    public string? Body { get; }

    public bool IsInternationalBody => Body is not null;

    /// <summary>The part compared by the lenient and default scores: the country, or the whole IGO code.</summary>
    public string CountryPart => IsInternationalBody ? $"IGO{Body}" : Country;

    public static ActorCode Of(string country, ActorRole role = ActorRole.None) => new(country.ToUpperInvariant(), role, null);

    public static ActorCode InternationalBody(string body) => new("IGO", ActorRole.None, body.ToUpperInvariant());

    public ActorCode WithRole(ActorRole role) => IsInternationalBody ? this : new(Country, role, null);

    public static Outcome<ActorCode> Parse(string? text)
    {
        var trimmed = text?.Trim().ToUpperInvariant() ?? "";
        var match = CodePattern().Match(trimmed);
        if (!match.Success)
        {
            return Outcome<ActorCode>.Fail(new StraitError(ErrorCodes.BadActorCode,
                $"'{text}' is not an actor code",
                Hint: "Use a three-letter country optionally followed by a role (KORGOV), or IGO and a body (IGOWTO)."));
        }

        var country = match.Groups["country"].Value;
        var rest = match.Groups["rest"].Value;
        if (country == "IGO")
        {
            return rest.Length == 0
                ? Outcome<ActorCode>.Fail(new StraitError(ErrorCodes.BadActorCode, "IGO needs the body's name, as in IGOWTO"))
                : Outcome<ActorCode>.Ok(InternationalBody(rest));
        }

        if (rest.Length == 0)
        {
            return Outcome<ActorCode>.Ok(Of(country));
        }

        return Enum.GetNames<ActorRole>().Contains(rest, StringComparer.Ordinal) && Enum.TryParse<ActorRole>(rest, out var role) && role != ActorRole.None
            ? Outcome<ActorCode>.Ok(Of(country, role))
            : Outcome<ActorCode>.Fail(new StraitError(ErrorCodes.BadActorCode, $"'{rest}' in '{text}' is not a role",
                Hint: "Roles are GOV, MIL, JUD, LEG, OPP, BUS, CVL and MED."));
    }

    public static ActorCode ParseExact(string text)
    {
        var result = Parse(text);
        return result.Success ? result.Value : throw new FormatException(result.Error!.ToString());
    }

    public override string ToString() =>
        IsInternationalBody ? $"IGO{Body}" : Role == ActorRole.None ? Country : $"{Country}{Role}";

    [GeneratedRegex("^(?<country>[A-Z]{3})(?<rest>[A-Z0-9]*)$")]
    private static partial Regex CodePattern();
}
