using System.Collections.Concurrent;

namespace Strait.Text.Coding;

/// <summary>
/// A small suffix-stripping stemmer so a pattern word matches its inflections ("impose", "imposed",
/// "imposing", "imposes" all stem to "impos"). Irregular forms ("met" → "meet") come from the pattern file; a
/// word mapped to itself there ("according") is left unstemmed, so it matches no pattern of its look-alike.
/// The same stemmer is applied to pattern words and to text, so only consistency matters, not linguistics.
/// </summary>
public sealed class Stemmer(IReadOnlyDictionary<string, string> irregular)
{
    /// <summary>The most words <see cref="Word"/> remembers; past it, a new word is folded and stemmed each time it comes.</summary>
    private const int RememberedWords = 100_000;

    /// <summary>
    /// Each word as written, with its lower case and stem: news text repeats its words, so most tokens are folded and
    /// stemmed once per process instead of once per occurrence. The answer depends only on the word, so sharing it
    /// between documents and threads changes no result.
    /// </summary>
    private readonly ConcurrentDictionary<string, (string Lower, string Stem)> _words = new(StringComparer.Ordinal);

    /// <summary>How many words <see cref="_words"/> holds, counted as they are added (its own count takes every lock).</summary>
    private int _remembered;

    public static Stemmer Plain { get; } = new(new Dictionary<string, string>());

    public string Stem(string word) => SingleL(EndOfEe(StemCore(word)));

    /// <summary>A word as written (in any case) with its lower-case form and its <see cref="Stem"/>.</summary>
    public (string Lower, string Stem) Word(ReadOnlySpan<char> written)
    {
        var known = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (known.TryGetValue(written, out var word))
        {
            return word;
        }

        var lower = written.ToString().ToLowerInvariant();
        word = (lower, Stem(lower));
        if (Volatile.Read(ref _remembered) < RememberedWords && known.TryAdd(written, word))
        {
            Interlocked.Increment(ref _remembered);
        }

        return word;
    }

    private string StemCore(string word)
    {
        var w = word.ToLowerInvariant().Replace('’', '\'');
        if (irregular.TryGetValue(w, out var baseForm))
        {
            if (baseForm == w)
            {
                // A word listed as its own base form is kept whole ("according" is not a form of "accord").
                return w;
            }

            w = baseForm;
        }

        if (ModelName(w) is { } family)
        {
            // "Hwasong-18", "Taepodong-2": a model number after a name of three letters or more is that family's.
            return family;
        }

        if (w.Length <= 3 || !char.IsLetter(w[^1]))
        {
            return w;
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5)
        {
            return TrimE(Undouble(w[..^3]));
        }

        if (w.EndsWith("ied", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("eed", StringComparison.Ordinal) && w.Length > 4)
        {
            // "agreed", "freed", "guaranteed": the past of an "-ee" verb keeps one e of its base.
            return TrimE(w[..^1]);
        }

        if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4)
        {
            return TrimE(Undouble(w[..^2]));
        }

        if (w.EndsWith("ses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal) ||
            w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("zes", StringComparison.Ordinal))
        {
            return TrimE(w[..^2]);
        }

        if (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal))
        {
            return TrimE(w[..^1]);
        }

        return TrimE(w);
    }

    /// <summary>
    /// A stem still ending in "eed" ("proceed", "need") is cut like the "-ee" verbs above, so the base, its "-s",
    /// "-ed" and "-ing" forms and a past such as "agreed" all meet on one stem.
    /// </summary>
    private static string EndOfEe(string stem) => stem.EndsWith("eed", StringComparison.Ordinal) ? TrimE(stem[..^1]) : stem;

    /// <summary>
    /// A stem of five letters or more ending in "ll" keeps one l, so British and American inflections meet:
    /// "travelled", "travelling" and "travel"; "cancelled" and "cancel"; "installs" and "instal".
    /// </summary>
    private static string SingleL(string stem) => stem.Length >= 5 && stem.EndsWith("ll", StringComparison.Ordinal) ? stem[..^1] : stem;

    /// <summary>The family of a model name ("hwasong-18" → "hwasong"): three letters or more, a hyphen and digits (and a letter); else null.</summary>
    private static string? ModelName(string w)
    {
        var hyphen = w.IndexOf('-');
        if (hyphen < 3 || w.AsSpan(0, hyphen).ContainsAnyExceptInRange('a', 'z'))
        {
            return null;
        }

        var number = w.AsSpan(hyphen + 1);
        var digits = number.Length > 1 && char.IsLetter(number[^1]) ? number[..^1] : number;
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9') ? w[..hyphen] : null;
    }

    private static string TrimE(string w) => w.Length > 3 && w.EndsWith('e') ? w[..^1] : w;

    /// <summary>
    /// A consonant doubled before "-ed" or "-ing" made single ("banned", "stopping"); not a vowel, "l" (<see cref="SingleL"/>),
    /// "s", nor "f" and "z", which English never doubles for an ending, so a double one is the base's own ("rebuffed", "buzzed").
    /// </summary>
    private static string Undouble(string w) =>
        w.Length > 3 && w[^1] == w[^2] && !"aeiouls".Contains(w[^1], StringComparison.Ordinal) && w[^1] is not ('f' or 'z') ? w[..^1] : w;
}
