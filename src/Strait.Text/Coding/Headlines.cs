using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// The paragraphs of a document that are headlines (or bylines, captions): short lines that do not end as a body
/// paragraph does (<see cref="CodingKnowledge.ParagraphEnds"/>). A headline restates the story's lead in headline
/// grammar ("Fredville Slams Sylvania"), so the coder codes the body's statement of the event, not the headline's. A
/// text with no body paragraph has no headlines.
/// </summary>
public static class Headlines
{
    /// <summary>A line longer than this many words is body text even without a full stop.</summary>
    public const int MaxWords = 25;

    public static HashSet<int> Of(TextDocument document, CodingKnowledge knowledge)
    {
        var headlines = new HashSet<int>();
        for (var p = 0; p < document.Paragraphs.Count; p++)
        {
            var span = document.Paragraphs[p];
            var text = document.Text.AsSpan(span.Start, span.End - span.Start).TrimEnd();
            if (text.IsEmpty || EndsAsBody(text, knowledge) || Words(text) > MaxWords)
            {
                continue;
            }

            headlines.Add(p);
        }

        // A text without a body paragraph (a one-line note, a list) has no headline: its lines are all it says.
        return headlines.Count == document.Paragraphs.Count ? [] : headlines;
    }

    /// <summary>Whether the (right-trimmed) paragraph ends as a body paragraph does, with one of <see cref="CodingKnowledge.ParagraphEnds"/>.</summary>
    public static bool EndsAsBody(ReadOnlySpan<char> text, CodingKnowledge knowledge)
    {
        foreach (var end in knowledge.ParagraphEnds)
        {
            if (text.EndsWith(end, StringComparison.Ordinal))
            {
                // A closing quote or bracket ends a body paragraph only after a stop ('... he said "no."'); a headline
                // may end on a quoted phrase ('Visit Deepens Chill in a "Friendship Year"').
                var before = text[..^end.Length].TrimEnd();
                return char.IsLetterOrDigit(end[0]) || end is "." or "!" or "?" || before.Length > 0 && before[^1] is '.' or '!' or '?';
            }
        }

        return false;
    }

    private static int Words(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }
}
