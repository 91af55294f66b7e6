using System.Text.RegularExpressions;

namespace Strait.Text.Coding;

/// <summary>
/// A word of a sentence as the coder sees it: its offsets in the document, lower-cased text and stem, and whether it
/// starts with a capital letter (a word of a name, mostly).
/// </summary>
public readonly record struct WordToken(int Start, int End, string Lower, string Stem, bool Capitalized = false)
{
    public bool IsPossessive => Lower is "'s" or "’s" or "'" or "’";
}

/// <summary>
/// Splits a span of text into <see cref="WordToken"/>s: words (with inner hyphens, dots and apostrophes),
/// numbers, a possessive <c>'s</c> as its own token, and single punctuation marks.
/// </summary>
public static partial class WordTokenizer
{
    public static List<WordToken> Tokenize(string text, int start, int end, Stemmer stemmer)
    {
        // EnumerateMatches over a span allocates neither the sentence's substring nor a Match per word.
        var tokens = new List<WordToken>((end - start) / 5 + 4);
        foreach (var match in WordPattern().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var tokenStart = start + match.Index;
            var value = text.AsSpan(tokenStart, match.Length);
            if (value.Length > 2 && (value.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || value.EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
            {
                Add(tokens, text, tokenStart, tokenStart + value.Length - 2, stemmer);
                Add(tokens, text, tokenStart + value.Length - 2, tokenStart + value.Length, stemmer);
                continue;
            }

            if (IsNamePair(value))
            {
                // "Korea-Japan", "U.S.-China": two names joined by a hyphen are two tokens around a "-".
                var offset = 0;
                foreach (var part in value.ToString().Split('-'))
                {
                    if (offset > 0)
                    {
                        Add(tokens, text, tokenStart + offset - 1, tokenStart + offset, stemmer);
                    }

                    Add(tokens, text, tokenStart + offset, tokenStart + offset + part.Length, stemmer);
                    offset += part.Length + 1;
                }

                continue;
            }

            Add(tokens, text, tokenStart, tokenStart + value.Length, stemmer);
        }

        return tokens;
    }

    /// <summary>True for a hyphenated word whose every part starts with a capital letter ("Korea-Japan", not "Lee Myung-bak" or "K-pop").</summary>
    private static bool IsNamePair(ReadOnlySpan<char> value)
    {
        if (!value.Contains('-'))
        {
            return false;
        }

        foreach (var range in value.Split('-'))
        {
            var part = value[range];
            if (part.Length < 2 || !char.IsUpper(part[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(List<WordToken> tokens, string text, int start, int end, Stemmer stemmer)
    {
        // Folded straight from the text: one string per word, not a substring and then its lower case.
        var lower = string.Create(end - start, (text, start), static (buffer, at) => at.text.AsSpan(at.start, buffer.Length).ToLowerInvariant(buffer));
        tokens.Add(new WordToken(start, end, lower, stemmer.Stem(lower), char.IsUpper(text[start])));
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:[\-'’.][\p{L}\p{N}]+)*(?:'s|’s)?|\S", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
