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
        var standalone = new StandaloneRoles(knowledge.StandaloneRoleWords);
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
            var (clauses, opens) = Clauses(tokens, placedMentions, knowledge);
            var view = new SentenceView(sentence, paragraph, tokens, placedMentions, placedTimes, clauses, opens);
            MarkHedges(view, knowledge);
            views.Add(view);
        }

        return views;
    }

    /// <summary>
    /// A participle right after an actor and a comma, with a comma after it to close it ("Rufus, visiting Sylvaton on
    /// May 2, urged ..."): an insertion like a relative clause, so the words after it go on with the actor's clause.
    /// </summary>
    private static bool IsParticipleAfterActor(List<WordToken> tokens, List<PlacedMention> mentions, int i) =>
        tokens[i].Lower.Length > 5 && tokens[i].Lower.EndsWith("ing", StringComparison.Ordinal) && !tokens[i].Capitalized &&
        mentions.Any(m => m.EndToken == i - 1) && tokens.Skip(i + 1).Any(t => t.Lower == ",");

    /// <summary>
    /// The clause number of each token, and the tokens that open an insertion: a clause break starts a new clause (not
    /// right after an auxiliary: "has since imposed"); the words after a closing bracket, or after the comma that closes
    /// a relative clause opened after a comma (<c>insertion_openers</c>: "Rufus, who had criticized Sylvania in 2030,
    /// met ..."), return to the clause the insertion interrupted ("the Area Defense (THAAD) missile system in 2017" is
    /// one clause around its parenthesis; <see cref="SentenceView.ClauseStart"/> and <see cref="SentenceView.ClauseEnd"/>
    /// reach over it).
    /// </summary>
    private static (int[] Clauses, bool[] Opens) Clauses(List<WordToken> tokens, List<PlacedMention> mentions, CodingKnowledge knowledge)
    {
        var clauseOf = new int[tokens.Count];
        var opens = new bool[tokens.Count];
        var clause = 0;
        var next = 0;
        var interrupted = -1;
        var closer = "";
        for (var i = 0; i < tokens.Count; i++)
        {
            var lower = tokens[i].Lower;
            // "on May 7, 2031," : the comma inside a date does not close an insertion.
            if (i > 0 && lower == closer && interrupted >= 0 && !(closer == "," && i + 1 < tokens.Count && char.IsDigit(tokens[i + 1].Lower[0])))
            {
                clauseOf[i] = clause;
                clause = interrupted;
                interrupted = -1;
                continue;
            }

            var relative = i > 0 && tokens[i - 1].Lower == "," && (knowledge.InsertionOpeners.Contains(lower) || IsParticipleAfterActor(tokens, mentions, i));
            // "has since imposed": a break word right after an auxiliary is an adverb inside the clause.
            if (i > 0 && (relative || knowledge.ClauseBreaks.Contains(lower) && !knowledge.AdverbAfter.Contains(tokens[i - 1].Lower)))
            {
                if ((lower == "(" || relative) && interrupted < 0)
                {
                    interrupted = clause;
                    closer = lower == "(" ? ")" : ",";
                    opens[i] = true;
                }

                clause = ++next;
            }

            clauseOf[i] = clause;
        }

        return (clauseOf, opens);
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
