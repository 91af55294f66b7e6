using Strait.Text.Pipeline;

namespace Strait.Text.Dating;

/// <summary>Matching a phrase (as tokens) that ends at a given token: the dating rules read leftwards from a name.</summary>
public static class TokenPhrases
{
    /// <summary>True when tokens [end − phrase length, end) spell <paramref name="phrase"/> and lie at or after <paramref name="first"/>.</summary>
    public static bool EndsAt(string text, IReadOnlyList<TextSpan> tokens, int first, int end, IReadOnlyList<string> phrase, StringComparison comparison)
    {
        var start = end - phrase.Count;
        if (start < first || phrase.Count == 0)
        {
            return false;
        }

        for (var k = 0; k < phrase.Count; k++)
        {
            if (!text.AsSpan(tokens[start + k].Start, tokens[start + k].Length).Equals(phrase[k], comparison))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The length in tokens of the longest of <paramref name="phrases"/> ending just before token <paramref name="end"/>, or 0.</summary>
    public static int LongestEndingAt(string text, IReadOnlyList<TextSpan> tokens, int first, int end, IReadOnlyList<string[]> phrases)
    {
        var best = 0;
        foreach (var phrase in phrases)
        {
            if (phrase.Length > best && EndsAt(text, tokens, first, end, phrase, StringComparison.OrdinalIgnoreCase))
            {
                best = phrase.Length;
            }
        }

        return best;
    }
}
