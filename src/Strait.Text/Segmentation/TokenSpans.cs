using Strait.Text.Pipeline;

namespace Strait.Text.Segmentation;

/// <summary>Finding the tokens inside a span (a sentence, a paragraph) by binary search over the ordered token list.</summary>
public static class TokenSpans
{
    /// <summary>The index of the first token inside <paramref name="span"/> and the index just after its last.</summary>
    public static (int First, int Limit) Range(IReadOnlyList<TextSpan> tokens, TextSpan span)
    {
        var first = FirstStartingAtOrAfter(tokens, span.Start);
        var limit = FirstStartingAtOrAfter(tokens, span.End);
        return (first, Math.Max(first, limit));
    }

    /// <summary>The index of the first token whose start is at or after <paramref name="offset"/> (the count when none).</summary>
    public static int FirstStartingAtOrAfter(IReadOnlyList<TextSpan> tokens, int offset)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (tokens[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The index of the sentence holding <paramref name="offset"/>, or -1.</summary>
    public static int SentenceAt(IReadOnlyList<TextSpan> sentences, int offset)
    {
        var index = FirstStartingAtOrAfter(sentences, offset + 1) - 1;
        return index >= 0 && sentences[index].Contains(offset) ? index : -1;
    }
}
