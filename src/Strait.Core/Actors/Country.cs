namespace Strait.Core.Actors;

/// <summary>
/// A country and the words that point to it: names, adjectives ("South Korean"), demonyms ("South Koreans",
/// meaning its people), and government metonyms (its capital, "Seoul", acting as its government).
/// </summary>
public sealed record Country(
    string Code,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Adjectives,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> GovernmentMetonyms,
    string Source);
