using Strait.Text.Segmentation;

namespace Strait.Text.Indicators;

/// <summary>
/// Words in lower case with a value each, looked up by a token as written: the token is folded to lower case
/// (<see cref="string.ToLowerInvariant"/>) and compared ordinally. Most tokens are turned away by their length and
/// first two characters (<see cref="TokenPrefilter"/>); an ASCII token is folded into a stack buffer, so the look-up
/// allocates nothing; any other token is folded as a string. Built once from the knowledge files.
/// </summary>
internal sealed class LowerCaseWords<TValue>
{
    /// <summary>Tokens longer than this are folded as strings (no word of the lists is nearly so long).</summary>
    private const int StackLimit = 64;

    private readonly Dictionary<string, TValue> _words;
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly TokenPrefilter _prefilter = TokenPrefilter.For(StringComparer.OrdinalIgnoreCase);

    public LowerCaseWords(IEnumerable<KeyValuePair<string, TValue>> words)
    {
        _words = new Dictionary<string, TValue>(words, StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in _words.Keys)
        {
            _prefilter.Add(word);
        }
    }

    public bool Contains(ReadOnlySpan<char> token) => TryGetValue(token, out _);

    public bool TryGetValue(ReadOnlySpan<char> token, out TValue value)
    {
        if (!_prefilter.MayMatch(token))
        {
            value = default!;
            return false;
        }

        if (token.Length > StackLimit || !System.Text.Ascii.IsValid(token))
        {
            return _words.TryGetValue(token.ToString().ToLowerInvariant(), out value!);
        }

        Span<char> lower = stackalloc char[token.Length];
        System.Text.Ascii.ToLower(token, lower, out _);
        return _lookup.TryGetValue(lower, out value!);
    }
}
