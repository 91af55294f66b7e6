namespace Strait.Text.Mentions;

/// <summary>
/// How the names of a country's people are written in English news, for a titled person Strait does not know
/// (<c>data/text/name-shapes.yaml</c>): a surname of a list followed by a hyphenated given name ("Park Cheol-hee", the
/// Revised Romanization of Korean), or two words made wholly of the syllables of a romanization ("Koji Tomita", the
/// Hepburn romanization of Japanese). A name of neither shape, or of both, says nothing.
/// </summary>
public sealed class NameShapes(IReadOnlyList<SurnameShape> surnameShapes, IReadOnlyList<SyllableShape> syllableShapes)
{
    /// <summary>No shapes: every name says nothing.</summary>
    public static NameShapes None { get; } = new([], []);

    /// <summary>The country whose names have the shape of <paramref name="words"/> (a name's words as written), else null.</summary>
    public string? CountryOf(IReadOnlyList<string> words)
    {
        var countries = surnameShapes.Where(s => s.Fits(words)).Select(s => s.Country)
            .Concat(syllableShapes.Where(s => s.Fits(words)).Select(s => s.Country))
            .Distinct(StringComparer.Ordinal).ToList();
        return countries.Count == 1 ? countries[0] : null;
    }
}

/// <summary>"Park Cheol-hee": a listed surname, then one given name of two syllables joined by a hyphen.</summary>
public sealed record SurnameShape(string Country, IReadOnlySet<string> Surnames)
{
    public bool Fits(IReadOnlyList<string> words)
    {
        if (words.Count != 2 || !Surnames.Contains(words[0]))
        {
            return false;
        }

        var given = words[1];
        var hyphen = given.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen < given.Length - 1 && given.IndexOf('-', hyphen + 1) < 0 && char.IsUpper(given[0]) &&
            given.Skip(1).All(c => c == '-' || char.IsAsciiLetterLower(c));
    }
}

/// <summary>
/// "Koji Tomita": two capitalised words of at least <see cref="MinimumLength"/> letters, each wholly a run of the
/// romanization's syllables, where a doubled consonant of <see cref="Doubled"/> ("Hattori") counts as a syllable's start.
/// </summary>
public sealed record SyllableShape(string Country, IReadOnlyList<string> Syllables, IReadOnlySet<char> Doubled)
{
    public const int MinimumLength = 3;

    public bool Fits(IReadOnlyList<string> words) =>
        words.Count == 2 && words.All(w => w.Length >= MinimumLength && char.IsUpper(w[0]) && IsSyllabic(w.ToLowerInvariant()));

    private bool IsSyllabic(string word)
    {
        var reached = new bool[word.Length + 1];
        reached[0] = true;
        for (var i = 0; i < word.Length; i++)
        {
            if (!reached[i])
            {
                continue;
            }

            if (Doubled.Contains(word[i]) && i + 1 < word.Length && word[i + 1] == word[i])
            {
                reached[i + 1] = true;
            }

            foreach (var syllable in Syllables)
            {
                if (i + syllable.Length <= word.Length && string.CompareOrdinal(word, i, syllable, 0, syllable.Length) == 0)
                {
                    reached[i + syllable.Length] = true;
                }
            }
        }

        return reached[word.Length];
    }
}
