using System.Collections.Frozen;

namespace Strait.Text.Coding;

/// <summary>
/// A list of phrases grouped by the stems that can start them (<see cref="Phrase.Anchors"/>), so a token is tried only
/// against the phrases it can open instead of every phrase of the list.
/// </summary>
public sealed class PhraseIndex
{
    private readonly FrozenDictionary<string, List<Phrase>> _byAnchor;

    public PhraseIndex(IEnumerable<Phrase> phrases)
    {
        _byAnchor = CueList.Index(phrases);
    }

    public static PhraseIndex Empty { get; } = new([]);

    /// <summary>The phrases that can start at token <paramref name="position"/> of the sentence; empty when none can.</summary>
    public IReadOnlyList<Phrase> At(SentenceView view, int position) =>
        _byAnchor.TryGetValue(view.Tokens[position].Stem, out var phrases) ? phrases : [];

    /// <summary>Whether a phrase of the list matches from token <paramref name="position"/>, ending by <paramref name="limit"/>.</summary>
    public bool AnyMatchesAt(SentenceView view, int position, int limit)
    {
        foreach (var phrase in At(view, position))
        {
            if (PhraseMatcher.MatchesAt(phrase, view, position, limit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a phrase of the list matches from token <paramref name="position"/> and ends exactly at <paramref name="end"/>.</summary>
    public bool AnyEndsAt(SentenceView view, int position, int end)
    {
        foreach (var phrase in At(view, position))
        {
            if (PhraseMatcher.Match(phrase, view, position, end) is { } match && match.End == end)
            {
                return true;
            }
        }

        return false;
    }
}
