using System.Runtime.InteropServices;
using Strait.Text.Pipeline;

namespace Strait.Text.Segmentation;

/// <summary>
/// A trie of token sequences ("South Korean Supreme Court", "last month") mapped to values, matched against a
/// document's tokens without allocating: the longest phrase starting at a token wins. Built once from the
/// knowledge files and shared by every document.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Node _root;
    private readonly StringComparer _comparer;
    private readonly TokenPrefilter _firstWords;

    public PhraseMatcher(StringComparer comparer)
    {
        _comparer = comparer;
        _root = new Node();
        _firstWords = TokenPrefilter.For(comparer);
    }

    /// <summary>Number of phrases added.</summary>
    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> tokens, T value)
    {
        if (tokens.Count == 0)
        {
            return;
        }

        _firstWords.Add(tokens[0]);
        var node = _root;
        foreach (var token in tokens)
        {
            node = node.Child(token, _comparer);
        }

        node.Values ??= [];
        if (!node.Values.Contains(value))
        {
            node.Values.Add(value);
            Count++;
        }
    }

    /// <summary>
    /// The longest phrase that starts at token <paramref name="index"/> and ends before token <paramref name="limit"/>,
    /// or null. <see cref="PhraseMatch{T}.Length"/> counts tokens.
    /// </summary>
    public PhraseMatch<T>? Longest(string text, IReadOnlyList<TextSpan> tokens, int index, int limit) => tokens switch
    {
        List<TextSpan> list => Longest(text, CollectionsMarshal.AsSpan(list), index, limit),
        TextSpan[] array => Longest(text, array.AsSpan(), index, limit),
        _ => Longest(text, tokens.ToArray().AsSpan(), index, limit),
    };

    /// <inheritdoc cref="Longest(string, IReadOnlyList{TextSpan}, int, int)"/>
    public PhraseMatch<T>? Longest(string text, ReadOnlySpan<TextSpan> tokens, int index, int limit)
    {
        // Most tokens start no phrase: a look at their first two characters settles it without hashing.
        if (index >= limit || !_firstWords.MayMatch(text.AsSpan(tokens[index].Start, tokens[index].Length)))
        {
            return null;
        }

        var node = _root;
        PhraseMatch<T>? best = null;
        for (var i = index; i < limit; i++)
        {
            var token = tokens[i];
            if (node.Children is null || !node.Lookup.TryGetValue(text.AsSpan(token.Start, token.Length), out var next))
            {
                break;
            }

            node = next;
            if (node.Values is { Count: > 0 })
            {
                best = new PhraseMatch<T>(i - index + 1, node.Values);
            }
        }

        return best;
    }

    /// <summary>The first words of the phrases, as added.</summary>
    public IEnumerable<string> FirstWords => _root.Children?.Keys ?? Enumerable.Empty<string>();

    /// <summary>The values of a phrase given as tokens, or an empty list.</summary>
    public IReadOnlyList<T> Find(IReadOnlyList<string> tokens)
    {
        var node = _root;
        foreach (var token in tokens)
        {
            if (node.Children is null || !node.Children.TryGetValue(token, out var next))
            {
                return [];
            }

            node = next;
        }

        return node.Values ?? (IReadOnlyList<T>)[];
    }

    private sealed class Node
    {
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public Dictionary<string, Node>? Children { get; private set; }

        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup => _lookup;

        public List<T>? Values { get; set; }

        public Node Child(string token, StringComparer childComparer)
        {
            if (Children is null)
            {
                Children = new Dictionary<string, Node>(childComparer);
                _lookup = Children.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (!Children.TryGetValue(token, out var child))
            {
                Children[token] = child = new Node();
            }

            return child;
        }
    }
}

/// <summary>A phrase found at a token: how many tokens it spans and the values it stands for (one or more).</summary>
public readonly record struct PhraseMatch<T>(int Length, IReadOnlyList<T> Values)
{
    public T Value => Values[0];
}
