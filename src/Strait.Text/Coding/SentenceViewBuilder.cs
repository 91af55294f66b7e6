using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// Builds a <see cref="SentenceView"/> for each sentence of a document from the sentences, actor mentions and
/// time expressions the earlier pipeline steps wrote. A document without sentences is read as one sentence
/// per paragraph (or one for the whole text).
/// </summary>
public static class SentenceViewBuilder
{
    public static List<SentenceView> Build(TextDocument document, CodingKnowledge knowledge)
    {
        var sentences = document.Sentences.Count > 0 ? document.Sentences
            : document.Paragraphs.Count > 0 ? document.Paragraphs
            : [new TextSpan(0, document.Text.Length)];
        var mentions = document.Actors.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ToList();
        var times = document.Times.Where(t => t.When is not null).OrderBy(t => t.Span.Start).ToList();
        var views = new List<SentenceView>(sentences.Count);
        var mentionIndex = 0;
        var timeIndex = 0;
        var paragraph = 0;
        var standalone = new StandaloneRoles(knowledge.StandaloneRoles);
        foreach (var sentence in sentences.OrderBy(s => s.Start))
        {
            while (paragraph + 1 < document.Paragraphs.Count && document.Paragraphs[paragraph + 1].Start <= sentence.Start)
            {
                paragraph++;
            }

            var tokens = WordTokenizer.Tokenize(document.Text, sentence.Start, sentence.End, knowledge.Stemmer);
            var placedMentions = new List<PlacedMention>();
            while (mentionIndex < mentions.Count && mentions[mentionIndex].Span.Start < sentence.Start)
            {
                mentionIndex++;
            }

            for (var m = mentionIndex; m < mentions.Count && mentions[m].Span.Start < sentence.End; m++)
            {
                var placed = Place(tokens, mentions[m].Span);
                if (placed is var (start, end) && (placedMentions.Count == 0 || placedMentions[^1].EndToken <= start))
                {
                    placedMentions.Add(new PlacedMention(mentions[m], start, end));
                }
            }

            var placedTimes = new List<PlacedTime>();
            while (timeIndex < times.Count && times[timeIndex].Span.Start < sentence.Start)
            {
                timeIndex++;
            }

            for (var t = timeIndex; t < times.Count && times[t].Span.Start < sentence.End; t++)
            {
                if (Place(tokens, times[t].Span) is var (start, end))
                {
                    placedTimes.Add(new PlacedTime(times[t], start, end));
                }
            }

            placedMentions = standalone.Add(tokens, placedMentions);
            var view = new SentenceView(sentence, paragraph, tokens, placedMentions, placedTimes, Clauses(tokens, knowledge));
            MarkHedges(view, knowledge);
            views.Add(view);
        }

        return views;
    }

    /// <summary>
    /// The clause number of each token: a clause break starts a new one (not right after an auxiliary: "has since
    /// imposed"); the words after a closing bracket return
    /// to the clause the bracket interrupted ("the Area Defense (THAAD) missile system in 2017" is one clause
    /// around its parenthesis; <see cref="SentenceView.ClauseStart"/> and <see cref="SentenceView.ClauseEnd"/> reach over it).
    /// </summary>
    private static int[] Clauses(List<WordToken> tokens, CodingKnowledge knowledge)
    {
        var clauseOf = new int[tokens.Count];
        var clause = 0;
        var next = 0;
        var interrupted = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var lower = tokens[i].Lower;
            if (i > 0 && lower == ")" && interrupted >= 0)
            {
                clauseOf[i] = clause;
                clause = interrupted;
                interrupted = -1;
                continue;
            }

            // "has since imposed": a break word right after an auxiliary is an adverb inside the clause.
            if (i > 0 && knowledge.ClauseBreaks.Contains(lower) && !knowledge.AdverbAfter.Contains(tokens[i - 1].Lower))
            {
                interrupted = lower == "(" ? clause : interrupted;
                clause = ++next;
            }

            clauseOf[i] = clause;
        }

        return clauseOf;
    }


    private static (int Start, int End)? Place(List<WordToken> tokens, TextSpan span)
    {
        var start = -1;
        var end = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End <= span.Start)
            {
                continue;
            }

            if (tokens[i].Start >= span.End)
            {
                break;
            }

            if (start < 0)
            {
                start = i;
            }

            end = i + 1;
        }

        return start < 0 ? null : (start, end);
    }

    /// <summary>Marks the tokens of each <c>gap_hedges</c> phrase ("what it called", "what appeared to be") in the sentence.</summary>
    private static void MarkHedges(SentenceView view, CodingKnowledge knowledge)
    {
        for (var i = 0; i < view.Tokens.Count; i++)
        {
            if (!knowledge.GapHedgesByAnchor.TryGetValue(view.Tokens[i].Stem, out var hedges))
            {
                continue;
            }

            foreach (var hedge in hedges)
            {
                if (PhraseMatcher.Match(hedge, view, i, view.Tokens.Count) is { } match)
                {
                    Array.Fill(view.Hedge, true, match.Start, match.End - match.Start);
                    i = match.End - 1;
                    break;
                }
            }
        }
    }
}
