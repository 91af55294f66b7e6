using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>An actor mention placed on the sentence's tokens (end exclusive).</summary>
public sealed record PlacedMention(ActorMention Mention, int StartToken, int EndToken);

/// <summary>A resolved time expression placed on the sentence's tokens.</summary>
public sealed record PlacedTime(TimeExpression Time, int StartToken, int EndToken);

/// <summary>
/// One sentence seen by the coder: its tokens, the actor mentions and time expressions over them, and the
/// clause each token belongs to (clauses break at the cue file's clause breaks).
/// </summary>
public sealed class SentenceView
{
    private readonly int[] _mentionAt;
    private readonly bool[] _inTime;
    private List<string>? _almanacWords;

    public SentenceView(TextSpan sentence, int paragraph, List<WordToken> tokens, List<PlacedMention> mentions, List<PlacedTime> times, int[] clauseOf,
        bool[]? opensInsertion = null)
    {
        OpensInsertion = opensInsertion ?? tokens.Select(t => t.Lower == "(").ToArray();
        Span = sentence;
        Paragraph = paragraph;
        Tokens = tokens;
        Mentions = mentions;
        Times = times;
        ClauseOf = clauseOf;
        Hedge = new bool[tokens.Count];
        _inTime = new bool[tokens.Count];
        foreach (var time in times)
        {
            Array.Fill(_inTime, true, time.StartToken, time.EndToken - time.StartToken);
        }

        _mentionAt = Enumerable.Repeat(-1, tokens.Count).ToArray();
        for (var m = mentions.Count - 1; m >= 0; m--)
        {
            _mentionAt[mentions[m].StartToken] = m;
        }
    }

    public TextSpan Span { get; }

    public int Paragraph { get; }

    public List<WordToken> Tokens { get; }

    public List<PlacedMention> Mentions { get; }

    public List<PlacedTime> Times { get; }

    public int[] ClauseOf { get; }

    /// <summary>Whether token <paramref name="token"/> is part of a time expression of the sentence.</summary>
    public bool InTime(int token) => _inTime[token];

    /// <summary>Whether a token from <paramref name="from"/> up to before <paramref name="to"/> is one of <paramref name="words"/> (lower case).</summary>
    public bool AnyWordIn(IReadOnlySet<string> words, int from, int to)
    {
        for (var k = Math.Max(0, from); k < Math.Min(to, Tokens.Count); k++)
        {
            if (words.Contains(Tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Tokens that open an insertion, a clause after which the words return to the clause it interrupted: a bracket, or
    /// a relative pronoun after a comma, closed by the next comma.
    /// </summary>
    public bool[] OpensInsertion { get; }

    /// <summary>Tokens of a hedge before an object ("fired what it called a missile"): a phrase's gap skips them without counting them.</summary>
    public bool[] Hedge { get; }

    /// <summary>The sentence's words as the almanac compares them (<see cref="SentenceWords.Of"/>), computed once.</summary>
    public IReadOnlyList<string> AlmanacWords => _almanacWords ??= SentenceWords.Of(this);

    public int MentionStartingAt(int token) => token >= 0 && token < _mentionAt.Length ? _mentionAt[token] : -1;

    /// <summary>The first token of the token's clause, reaching back over an insertion inside it (a parenthesis, ", who ...,").</summary>
    public int ClauseStart(int token)
    {
        var clause = ClauseOf[token];
        while (token > 0)
        {
            if (ClauseOf[token - 1] == clause)
            {
                token--;
            }
            else if (IsCloser(token - 1) && Array.LastIndexOf(ClauseOf, clause, token - 1) is var before and >= 0 && OpensInsertion[before + 1])
            {
                token = before;
            }
            else
            {
                break;
            }
        }

        return token;
    }

    /// <summary>The clause number of the insertion (a bracket, ", who ...,") the token stands in, else -1.</summary>
    public int InsertionAt(int token)
    {
        var clause = ClauseOf[token];
        var start = token;
        while (start > 0 && ClauseOf[start - 1] == clause)
        {
            start--;
        }

        return OpensInsertion[start] ? clause : -1;
    }

    private bool IsCloser(int token) => Tokens[token].Lower is ")" or ",";

    /// <summary>The token after the token's clause, reaching over an insertion inside it ("the Area Defense (AD) system").</summary>
    public int ClauseEnd(int token)
    {
        var clause = ClauseOf[token];
        while (token < Tokens.Count)
        {
            if (ClauseOf[token] == clause)
            {
                token++;
            }
            else if (OpensInsertion[token] && Array.IndexOf(ClauseOf, clause, token) is var after and > 0 && IsCloser(after - 1))
            {
                token = after;
            }
            else
            {
                break;
            }
        }

        return token;
    }

    /// <summary>Index of the token that contains or follows the offset.</summary>
    public int TokenAt(int offset)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Tokens[i].End > offset)
            {
                return i;
            }
        }

        return Tokens.Count;
    }
}
