namespace Strait.Text.Coding;

/// <summary>Where a phrase matched: the core's tokens and the mentions its slots bound.</summary>
public sealed record PhraseMatch(int Start, int End, int? SourceMention, int? TargetMention);

/// <summary>Matches compiled <see cref="Phrase"/>s against the tokens of a <see cref="SentenceView"/>.</summary>
public static class PhraseMatcher
{
    /// <summary>Slots may skip this many tokens (determiners, adjectives) before the mention starts.</summary>
    private const int SlotReach = 3;

    /// <summary>How many tokens an appositive of names may run to its closing comma.</summary>
    private const int AppositiveReach = 8;

    /// <summary>How many capitalised words (parts of names) a gap may skip besides its own words.</summary>
    private const int NameAllowance = 4;

    public static PhraseMatch? Match(Phrase phrase, SentenceView view, int start, int limit)
    {
        var coreEnd = MatchSequence(phrase.Core, 0, view, start, limit, null);
        if (coreEnd < 0)
        {
            return null;
        }

        var bindings = new Dictionary<SlotRole, int>();
        if (phrase.Tail.Count > 0 && MatchSequence(phrase.Tail, 0, view, coreEnd, limit, bindings) < 0)
        {
            if (phrase.TailRequired)
            {
                return null;
            }

            bindings.Clear();
        }

        return new PhraseMatch(start, coreEnd,
            bindings.TryGetValue(SlotRole.Source, out var s) ? s : null,
            bindings.TryGetValue(SlotRole.Target, out var t) ? t : null);
    }

    /// <summary>True when the phrase (slots ignored) matches starting at the token.</summary>
    public static bool MatchesAt(Phrase phrase, SentenceView view, int start, int limit) =>
        MatchSequence(phrase.Core, 0, view, start, limit, null) >= 0;

    private static int MatchSequence(IReadOnlyList<PhraseElement> elements, int index, SentenceView view, int position, int limit, Dictionary<SlotRole, int>? bindings)
    {
        if (index == elements.Count)
        {
            return position;
        }

        switch (elements[index])
        {
            case WordElement word:
                if (position < limit && word.Stems.Contains(view.Tokens[position].Stem))
                {
                    var end = MatchSequence(elements, index + 1, view, position + 1, limit, bindings);
                    if (end >= 0)
                    {
                        return end;
                    }
                }

                return word.Optional ? MatchSequence(elements, index + 1, view, position, limit, bindings) : -1;

            case NotWordElement not:
                return position < limit && !not.Stems.Contains(view.Tokens[position].Stem) && !IsPunctuation(view.Tokens[position].Lower)
                    ? MatchSequence(elements, index + 1, view, position + 1, limit, bindings)
                    : -1;

            case GapElement gap:
                // A gap skips up to gap.Max words; capitalised words (the parts of a name: "the Ostrava Friendship
                // Foundation", "Ambassador Ruri Tanaka"), figures ("$200,000", "3 billion") and hyphenated modifiers
                // ("a revised middle-school history textbook") do not count, up to
                // NameAllowance of them; nor do the words of a hedge (SentenceView.Hedge).
                for (int skip = 0, words = 0, names = 0, counted = -1; words <= gap.Max && position + skip <= limit; skip++)
                {
                    var end = MatchSequence(elements, index + 1, view, position + skip, limit, bindings);
                    if (end >= 0)
                    {
                        return end;
                    }

                    if (position + skip < counted)
                    {
                        // A word of a body's name counted already as one name (below); the phrase may still end inside it.
                    }
                    else if (position + skip < limit && (view.Hedge[position + skip] || view.Tokens[position + skip].Lower is "'" or "’"))
                    {
                        // "fired what it called a missile": a hedge before the object is no word of the gap; nor is a
                        // plural's possessive mark ("the leaders' summit").
                    }
                    else if (view.MentionStartingAt(position + skip) is var named and >= 0 && view.Mentions[named].Mention.Actor.IsInternationalBody && names < NameAllowance)
                    {
                        // "took part in the Group of 20's summit": a body's name, with its possessive, is one name of the gap.
                        names++;
                        counted = AfterPossessive(view, Math.Min(view.Mentions[named].EndToken, limit), limit);
                    }
                    else if (AppositiveEnd(view, position + skip, limit) is var closed and > 0 && names < NameAllowance)
                    {
                        // "joined her counterparts, Ruri Tanaka and Otto Brandt, for talks": names set off by commas are one name.
                        names++;
                        counted = closed;
                    }
                    else if (position + skip < limit && IsNameLike(view.Tokens[position + skip]) && names < NameAllowance)
                    {
                        names++;
                    }
                    else
                    {
                        words++;
                    }
                }

                return -1;

            case SlotElement slot:
                for (var skip = 0; skip <= (slot.Required ? 0 : SlotReach) && position + skip < limit; skip++)
                {
                    var mention = view.MentionStartingAt(position + skip);
                    if (mention >= 0)
                    {
                        var end = MatchSequence(elements, index + 1, view, view.Mentions[mention].EndToken, limit, bindings);
                        if (end >= 0)
                        {
                            bindings?.TryAdd(slot.Role, mention);
                            return end;
                        }
                    }
                }

                return -1;

            default:
                return -1;
        }
    }

    /// <summary>The token after a possessive ending at <paramref name="token"/> ("'s", or "'" and "s" after a figure: "Group of 20's"), else <paramref name="token"/>.</summary>
    private static int AfterPossessive(SentenceView view, int token, int limit)
    {
        if (token < limit && view.Tokens[token].IsPossessive)
        {
            token++;
            token += token < limit && view.Tokens[token - 1].Lower.Length == 1 && view.Tokens[token].Lower == "s" ? 1 : 0;
        }

        return token;
    }

    /// <summary>
    /// The token after the closing comma of an appositive of names opening at <paramref name="token"/> (", Ruri Tanaka
    /// and Otto Brandt,"): only capitalised words and "and" between two commas, at most <see cref="AppositiveReach"/>
    /// tokens; else -1.
    /// </summary>
    private static int AppositiveEnd(SentenceView view, int token, int limit)
    {
        if (token >= limit || view.Tokens[token].Lower != "," || token + 1 >= limit || !view.Tokens[token + 1].Capitalized)
        {
            return -1;
        }

        for (var next = token + 1; next < limit && next <= token + AppositiveReach; next++)
        {
            var word = view.Tokens[next];
            if (word.Lower == ",")
            {
                return next + 1;
            }

            if (!word.Capitalized && word.Lower != "and")
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsPunctuation(string lower) => lower.Length == 1 && char.IsPunctuation(lower[0]);

    private static bool IsNameLike(WordToken token) =>
        token.Capitalized || char.IsDigit(token.Lower[0]) || token.Lower is "$" or "¥" or "€" or "£" or "₩" ||
        IsCompound(token.Lower);

    /// <summary>A hyphenated modifier ("middle-school", "16-year", "sea-to-surface"): like a name, it does not count in a gap.</summary>
    private static bool IsCompound(string lower) => lower.Length > 3 && lower.IndexOf('-') is > 0 and var hyphen && hyphen < lower.Length - 1;
}
