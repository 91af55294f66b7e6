using System.Text.RegularExpressions;

namespace Strait.Text.Coding;

/// <summary>A word of a sentence as the coder sees it: its offsets in the document, lower-cased text and stem.</summary>
public readonly record struct WordToken(int Start, int End, string Lower, string Stem)
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
        var tokens = new List<WordToken>();
        foreach (Match match in WordPattern().Matches(text[start..end]))
        {
            var tokenStart = start + match.Index;
            var value = match.Value;
            if (value.Length > 2 && (value.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || value.EndsWith("’s", StringComparison.OrdinalIgnoreCase)))
            {
                Add(tokens, text, tokenStart, tokenStart + value.Length - 2, stemmer);
                Add(tokens, text, tokenStart + value.Length - 2, tokenStart + value.Length, stemmer);
                continue;
            }

            Add(tokens, text, tokenStart, tokenStart + value.Length, stemmer);
        }

        return tokens;
    }

    private static void Add(List<WordToken> tokens, string text, int start, int end, Stemmer stemmer)
    {
        var lower = text[start..end].ToLowerInvariant();
        tokens.Add(new WordToken(start, end, lower, stemmer.Stem(lower)));
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:[\-'’.][\p{L}\p{N}]+)*(?:'s|’s)?|\S", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
