using Strait.Core.Actors;
using Strait.Text.Pipeline;
using Strait.Text.Segmentation;

namespace Strait.Text.Dating;

/// <summary>
/// The countries a stretch of tokens names, for dating (which runs before the actor tagger): country names,
/// adjectives, demonyms and capitals, and people whose every role speaks for one country ("Ishiba" is Japan).
/// Names match case-sensitively, longest first.
/// </summary>
public sealed class CountryWords
{
    private readonly PhraseMatcher<string> _words = new(StringComparer.Ordinal);
    private readonly List<(string[] Tokens, string Country)> _names = [];

    public CountryWords(ActorRegistry registry, Tokenizer tokenizer)
    {
        foreach (var country in registry.Countries)
        {
            foreach (var name in country.Names.Concat(country.Adjectives).Concat(country.Demonyms).Concat(country.GovernmentMetonyms))
            {
                var tokens = tokenizer.Words(name).ToArray();
                _words.Add(tokens, country.Code);
                _names.Add((tokens, country.Code));
            }
        }

        foreach (var person in registry.People)
        {
            var countries = person.Roles.Select(r => r.Actor.CountryPart).Distinct().ToList();
            if (countries.Count == 1)
            {
                foreach (var name in person.AllNames)
                {
                    _words.Add(tokenizer.Words(name), countries[0]);
                }
            }
        }
    }

    /// <summary>The distinct countries named among tokens <paramref name="first"/> to <paramref name="limit"/> (a name shared by people of several countries names none).</summary>
    public IReadOnlyList<string> Named(string text, IReadOnlyList<TextSpan> tokens, int first, int limit)
    {
        var found = new List<string>();
        for (var i = first; i < limit; i++)
        {
            if (_words.Longest(text, tokens, i, limit) is not { } match)
            {
                continue;
            }

            var countries = match.Values.Distinct().ToList();
            if (countries.Count == 1 && !found.Contains(countries[0]))
            {
                found.Add(countries[0]);
            }

            i += match.Length - 1;
        }

        return found;
    }

    /// <summary>The country whose name, adjective or capital ends just before token <paramref name="end"/> (with or without a possessive "'s") and the token it starts at, or null.</summary>
    public (string Country, int Start)? EndingBefore(string text, IReadOnlyList<TextSpan> tokens, int first, int end)
    {
        if (end - 1 >= first && tokens[end - 1].Of(text) is "'s" or "’s")
        {
            end--;
        }

        string? best = null;
        var bestLength = 0;
        foreach (var (words, country) in _names)
        {
            if (words.Length > bestLength && TokenPhrases.EndsAt(text, tokens, first, end, words, StringComparison.Ordinal))
            {
                best = country;
                bestLength = words.Length;
            }
        }

        return best is null ? null : (best, end - bestLength);
    }
}
