namespace Strait.Text.Segmentation;

/// <summary>
/// A quick test, before any dictionary look-up, of whether a token can be one of a fixed set of words: it keeps
/// the pairs of first two characters (ASCII, folded to lower case when the words match in any case), the pairs of
/// length and last character ("to" is turned away by a set holding "took"), and the longest word. It may answer yes
/// for a token that is not a word of the set, never no for one that is; a token or word starting or ending outside
/// ASCII always passes that end's test. Built once from the knowledge files and shared by every document.
/// </summary>
internal sealed class TokenPrefilter
{
    private const int Ascii = 128;

    /// <summary>Lengths from this on share one bit per last character.</summary>
    private const int Lengths = 64;

    private readonly ulong[] _pairs = new ulong[Ascii * Ascii / 64];
    private readonly ulong[] _ends = new ulong[Lengths * Ascii / 64];
    private readonly bool _ignoreCase;
    private bool _passAll;
    private bool _anyEnd;
    private int _longest;

    public TokenPrefilter(bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
    }

    /// <summary>A filter for words compared with <paramref name="comparer"/>; one it does not know passes every token.</summary>
    public static TokenPrefilter For(StringComparer comparer)
    {
        var filter = new TokenPrefilter(ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase));
        filter._passAll = !ReferenceEquals(comparer, StringComparer.Ordinal) && !ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase);
        return filter;
    }

    public void Add(ReadOnlySpan<char> word)
    {
        _longest = Math.Max(_longest, word.Length);
        if (word.IsEmpty)
        {
            _passAll = true;
            return;
        }

        if (Index(word) is { } index)
        {
            _pairs[index >> 6] |= 1UL << (index & 63);
        }
        else
        {
            _passAll = true;
        }

        if (EndIndex(word) is { } end)
        {
            _ends[end >> 6] |= 1UL << (end & 63);
        }
        else
        {
            _anyEnd = true;
        }
    }

    /// <summary>False only when <paramref name="token"/> is surely none of the words added.</summary>
    public bool MayMatch(ReadOnlySpan<char> token)
    {
        if (_passAll)
        {
            return true;
        }

        if (token.Length > _longest || token.IsEmpty)
        {
            return false;
        }

        return (Index(token) is not { } index || (_pairs[index >> 6] & (1UL << (index & 63))) != 0) &&
               (_anyEnd || EndIndex(token) is not { } end || (_ends[end >> 6] & (1UL << (end & 63))) != 0);
    }

    /// <summary>The bit of the token's first two characters (a lone character pairs with 0), or null outside ASCII.</summary>
    private int? Index(ReadOnlySpan<char> token)
    {
        int first = token[0];
        int second = token.Length > 1 ? token[1] : 0;
        if (first >= Ascii || second >= Ascii)
        {
            return null;
        }

        if (_ignoreCase)
        {
            first = Fold(first);
            second = Fold(second);
        }

        return first * Ascii + second;
    }

    /// <summary>The bit of the token's length and last character, or null outside ASCII.</summary>
    private int? EndIndex(ReadOnlySpan<char> token)
    {
        int last = token[^1];
        if (last >= Ascii)
        {
            return null;
        }

        return Math.Min(token.Length, Lengths - 1) * Ascii + (_ignoreCase ? Fold(last) : last);
    }

    private static int Fold(int c) => c is >= 'A' and <= 'Z' ? c + ('a' - 'A') : c;
}
