namespace Strait.Core.Actors;

/// <summary>
/// A country and the words that point to it: names, adjectives ("South Korean"), demonyms ("South Koreans",
/// meaning its people), government metonyms (its capital, "Seoul", acting as its government), and other places in it
/// (cities, provinces, islands: "Busan", "Osaka") that name no actor alone but give a body named after them its
/// country ("the Busan High Court").
/// </summary>
public sealed record Country(
    string Code,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Adjectives,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> GovernmentMetonyms,
    string Source,
    IReadOnlyList<string>? Places = null)
{
    /// <summary>Whether <paramref name="code"/> has the form of an ISO 3166 alpha-3 code: three capital letters ("KOR").</summary>
    public static bool IsCode(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);

    /// <summary>The places of <see cref="Places"/>, none when the file lists none.</summary>
    public IReadOnlyList<string> AllPlaces => Places ?? [];
}
