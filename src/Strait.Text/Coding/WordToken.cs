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
public static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text, int start, int end, Stemmer stemmer)
    {
        var tokens = new List<WordToken>((end - start) / 5 + 4);
        var at = start;
        while (NextWord(text, ref at, end) is var (tokenStart, length))
        {
            var value = text.AsSpan(tokenStart, length);
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

    /// <summary>
    /// The next word of <paramref name="text"/> from <paramref name="at"/> (moved past it) to <paramref name="end"/>, or
    /// null at the end. A word is a number with inner dots or commas ("1,200", "3.5"); else letters and digits with inner
    /// hyphens, apostrophes and dots ("Lee Myung-bak", "Japan's", "U.S"); else any one character that is not white space.
    /// The regular expression <c>\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S</c> says the same (the
    /// tests hold the two to it); a hand-written scan is several times faster.
    /// </summary>
    public static (int Start, int Length)? NextWord(string text, ref int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at >= end)
        {
            return null;
        }

        var start = at;
        var c = text[at];
        if (char.IsDigit(c))
        {
            at = Digits(text, at + 1, end);
            while (at + 1 < end && text[at] is '.' or ',' && char.IsDigit(text[at + 1]))
            {
                at = Digits(text, at + 2, end);
            }
        }
        else if (IsWordCharacter(c))
        {
            at = WordCharacters(text, at + 1, end);
            while (at + 1 < end && text[at] is '-' or '\'' or '’' or '.' && IsWordCharacter(text[at + 1]))
            {
                at = WordCharacters(text, at + 2, end);
            }
        }
        else
        {
            at++;
        }

        return (start, at - start);
    }

    private static bool IsWordCharacter(char c) => char.IsLetter(c) || char.IsNumber(c);

    private static int Digits(string text, int at, int end)
    {
        while (at < end && char.IsDigit(text[at]))
        {
            at++;
        }

        return at;
    }

    private static int WordCharacters(string text, int at, int end)
    {
        while (at < end && IsWordCharacter(text[at]))
        {
            at++;
        }

        return at;
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
        var (lower, stem) = stemmer.Word(text.AsSpan(start, end - start));
        tokens.Add(new WordToken(start, end, lower, stem, char.IsUpper(text[start])));
    }
}
