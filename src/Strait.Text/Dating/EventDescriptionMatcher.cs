using Strait.Core.Knowledge;
using Strait.Text.Pipeline;
using Strait.Text.Segmentation;

namespace Strait.Text.Dating;

/// <summary>
/// Finds the almanac events a passage describes in its own words ("the ruling by the Fredville court ordering
/// Sylvania to pay", where the almanac has "Fredville court orders Sylvania to compensate ..."). Each event's
/// summary and aliases become a set of word stems; the passage's stems are compared with them and every shared
/// stem counts by how rare it is in the almanac (inverse document frequency), so "Sylvania" counts little and
/// "Fredville" much. An event is named when at least two stems are shared and their weight reaches
/// <see cref="DatingCues.MatchMinScore"/>; events within <see cref="DatingCues.MatchNearBest"/> of the best one
/// are kept as alternatives for the other clues to choose among. Spellings of one name
/// (<see cref="TextResources.NameVariants"/>: "G7", "Group of Seven") count as one word.
/// </summary>
public sealed class EventDescriptionMatcher
{
    private const int StemLength = 6;

    private readonly List<(AlmanacEntry Entry, HashSet<string> Stems)> _entries = [];
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _entriesWithStem = new(StringComparer.Ordinal);
    private readonly PhraseMatcher<string> _variants = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _stopwords;
    private readonly Tokenizer _tokenizer;
    private readonly double _minScore;
    private readonly double _nearBest;

    public EventDescriptionMatcher(IReadOnlyList<AlmanacEntry> almanac, TextResources resources, Tokenizer tokenizer, DatingCues cues)
    {
        _tokenizer = tokenizer;
        _minScore = cues.MatchMinScore;
        _nearBest = cues.MatchNearBest;
        _stopwords = new HashSet<string>(cues.MatchStopwords.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
        foreach (var group in resources.NameVariants)
        {
            var key = new string(group[0].Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
            foreach (var spelling in group)
            {
                _variants.Add(tokenizer.Words(spelling), key);
            }
        }

        foreach (var entry in almanac.Where(e => e.Event.When is not null))
        {
            var words = _tokenizer.Words(string.Join(" . ", entry.Aliases.Prepend(entry.Summary)).Replace('’', '\''));
            _entries.Add((entry, Stems(words)));
        }

        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stem in _entries.SelectMany(e => e.Stems))
        {
            frequency[stem] = frequency.GetValueOrDefault(stem) + 1;
        }

        foreach (var (stem, count) in frequency)
        {
            _weights[stem] = Math.Log((double)_entries.Count / count);
        }

        for (var index = 0; index < _entries.Count; index++)
        {
            foreach (var stem in _entries[index].Stems)
            {
                if (!_entriesWithStem.TryGetValue(stem, out var list))
                {
                    _entriesWithStem[stem] = list = [];
                }

                list.Add(index);
            }
        }
    }

    /// <summary>The stems of tokens <paramref name="first"/> to <paramref name="limit"/> of a text.</summary>
    public HashSet<string> Stems(string text, IReadOnlyList<TextSpan> tokens, int first, int limit)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        for (var i = first; i < limit; i++)
        {
            if (_variants.Longest(text, tokens, i, limit) is { } variant)
            {
                stems.Add(variant.Value);
                i += variant.Length - 1;
                continue;
            }

            if (Stem(tokens[i].Of(text)) is { } stem)
            {
                stems.Add(stem);
            }
        }

        return stems;
    }

    /// <summary>
    /// The events the stems describe among those <paramref name="allowed"/> lets through (those whose date the
    /// time expression can name), best first; empty when none reaches the threshold.
    /// </summary>
    public IReadOnlyList<AlmanacEntry> Match(IReadOnlySet<string> stems, Func<AlmanacEntry, bool> allowed)
    {
        // Only the entries sharing a stem with the passage can score: look them up by stem, then keep entry order.
        var shared = new Dictionary<int, (int Count, double Score)>();
        foreach (var stem in stems)
        {
            if (_entriesWithStem.TryGetValue(stem, out var indices))
            {
                var weight = _weights[stem];
                foreach (var index in indices)
                {
                    var (count, score) = shared.GetValueOrDefault(index);
                    shared[index] = (count + 1, score + weight);
                }
            }
        }

        var scored = new List<(AlmanacEntry Entry, double Score)>();
        foreach (var (index, (count, score)) in shared.OrderBy(pair => pair.Key))
        {
            var entry = _entries[index].Entry;
            if (count >= 2 && score >= _minScore && allowed(entry))
            {
                scored.Add((entry, score));
            }
        }

        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Max(s => s.Score);
        return scored.Where(s => s.Score >= best * _nearBest).OrderByDescending(s => s.Score).Select(s => s.Entry).ToList();
    }

    private HashSet<string> Stems(IReadOnlyList<string> words)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (VariantAt(words, i) is { } variant)
            {
                stems.Add(variant.Key);
                i += variant.Length - 1;
                continue;
            }

            if (Stem(words[i]) is { } stem)
            {
                stems.Add(stem);
            }
        }

        return stems;
    }

    private (string Key, int Length)? VariantAt(IReadOnlyList<string> words, int at)
    {
        for (var length = Math.Min(4, words.Count - at); length >= 1; length--)
        {
            if (_variants.Find(words.Skip(at).Take(length).ToList()) is [var key, ..])
            {
                return (key, length);
            }
        }

        return null;
    }

    /// <summary>A word's stem: lower case, without a possessive, a plural or past ending, cut to six characters; null for a stopword or a token with no letter or digit.</summary>
    private string? Stem(string word)
    {
        var lower = word.ToLowerInvariant().Replace('’', '\'');
        if (lower.EndsWith("'s", StringComparison.Ordinal))
        {
            lower = lower[..^2];
        }

        if (!lower.Any(char.IsLetterOrDigit) || _stopwords.Contains(lower))
        {
            return null;
        }

        if (lower.Length > 4 && lower.EndsWith("ies", StringComparison.Ordinal))
        {
            lower = lower[..^3] + "y";
        }
        else if (lower.Length > 4 && (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("es", StringComparison.Ordinal)))
        {
            lower = lower[..^2];
        }
        else if (lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal))
        {
            lower = lower[..^1];
        }

        return lower.Length > StemLength ? lower[..StemLength] : lower;
    }
}
