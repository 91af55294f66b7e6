using Strait.Core.Actors;
using Strait.Core.Knowledge;
using Strait.Text.Pipeline;
using Strait.Text.Segmentation;
using Strait.Text.Times;

namespace Strait.Text.Dating;

/// <summary>
/// Finds the almanac events a passage describes in its own words ("the ruling by the Marsh court ordering a
/// Sylvanian shipyard to pay", where the almanac has "Marsh court orders a Sylvanian shipyard to compensate ...").
/// The passage and each event's summary and aliases become word stems, and every agreement between them is a clue
/// weighing its log odds: a shared stem weighs how rare it is among the almanac's rows (natural-log inverse
/// document frequency), and a day or month the passage names that the event's date fits weighs how rare such a
/// coincidence is (ln 365 for a day, ln 12 for a month). Three things keep ordinary words from naming an event:
/// <list type="bullet">
/// <item>countries (names, adjectives, demonyms, capitals: <see cref="ActorRegistry"/>) and office titles
/// (<see cref="DatingCues.MatchTitleWords"/>) are not compared at all: nearly every row has them, and they say who,
/// not what happened;</item>
/// <item>a word written with a capital on one side and in lower case on the other is not the same word ("the Sea of
/// Sylvania" is not "into the sea"); a run of capitalised words is one named thing, one clue however many of its
/// words agree ("Marsh City"), and the people of <see cref="ActorRegistry"/> named together are one clue too (they
/// say who, like countries: "Firefly will meet Trentino" names no particular meeting of theirs); an event whose people
/// are all others than the passage's is not the one described;</item>
/// <item>an event is named only when the clues together weigh at least <see cref="DatingCues.MatchMinScore"/> and
/// there are at least <see cref="DatingCues.MatchMinClues"/> of them: each shared word of what happened, each named
/// thing and a fitting day count as one clue; a fitting month adds its weight but is no clue (one in twelve is too
/// likely by chance). So a person's name with a title ("President Rufus T. Firefly", one clue), or one rare word in
/// the right month, names no event.</item>
/// </list>
/// A weekday ("on Friday") names a day, so it matches only events the almanac knows to the day.
/// Events within <see cref="DatingCues.MatchNearBest"/> of the best score are kept as alternatives for the other
/// clues to choose among. Spellings of one name (<see cref="TextResources.NameVariants"/>: "G7", "Group of Seven")
/// count as one named word.
/// </summary>
public sealed class EventDescriptionMatcher
{
    private const int StemLength = 6;

    /// <summary>Words up to this long are stemmed in a stack buffer.</summary>
    private const int StackLimit = 64;

    private static readonly double DayWeight = Math.Log(365);

    private static readonly double MonthWeight = Math.Log(12);

    /// <summary>The key under which the people named count as one named thing.</summary>
    private const int People = -1;

    private readonly List<Description> _entries = [];
    private readonly List<AlmanacEntry> _almanac = [];
    private readonly List<List<string>> _entryPeople = [];
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _entriesWithStem = new(StringComparer.Ordinal);
    private readonly PhraseMatcher<string> _variants = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopwordLookup;
    private readonly HashSet<string> _participantStems = new(StringComparer.Ordinal);
    private readonly HashSet<string> _personStems = new(StringComparer.Ordinal);
    private readonly Tokenizer _tokenizer;
    private readonly double _minScore;
    private readonly double _nearBest;
    private readonly int _minClues;

    public EventDescriptionMatcher(IReadOnlyList<AlmanacEntry> almanac, TextResources resources, Tokenizer tokenizer, DatingCues cues, ActorRegistry? actors = null)
    {
        _tokenizer = tokenizer;
        _minScore = cues.MatchMinScore;
        _nearBest = cues.MatchNearBest;
        _minClues = cues.MatchMinClues;
        _stopwordLookup = new HashSet<string>(cues.MatchStopwords.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var group in resources.NameVariants)
        {
            var key = new string(group[0].Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
            foreach (var spelling in group)
            {
                _variants.Add(tokenizer.Words(spelling), key);
            }
        }

        var participantWords = cues.MatchTitleWords.Concat(actors is null
            ? []
            : actors.Countries.SelectMany(c => c.Names.Concat(c.Adjectives).Concat(c.Demonyms).Concat(c.GovernmentMetonyms)));
        foreach (var word in participantWords.SelectMany(tokenizer.Words))
        {
            if (Stem(word) is { } stem)
            {
                _participantStems.Add(stem);
            }
        }

        foreach (var word in (actors?.People ?? []).SelectMany(p => p.AllNames).SelectMany(tokenizer.Words))
        {
            if (Stem(word) is { } stem && char.IsUpper(word[0]))
            {
                _personStems.Add(stem);
            }
        }

        foreach (var entry in almanac.Where(e => e.Event.When is not null))
        {
            _almanac.Add(entry);
            _entries.Add(Describe(string.Join(" . ", entry.Aliases.Prepend(entry.Summary)).Replace('’', '\'')));
            _entryPeople.Add(PeopleOf(_entries[^1]));
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

    /// <summary>
    /// The words of tokens <paramref name="first"/> to <paramref name="limit"/> of a text, leaving out those from
    /// <paramref name="skipStart"/> to <paramref name="skipEnd"/> (the time expression itself).
    /// </summary>
    public Description Describe(string text, IReadOnlyList<TextSpan> tokens, int first, int limit, int skipStart = 0, int skipEnd = 0)
    {
        var cases = new Dictionary<string, WordCase>(StringComparer.Ordinal);
        var runs = new Dictionary<string, int>(StringComparer.Ordinal);
        var run = 0;
        var inRun = false;
        for (var i = first; i < limit; i++)
        {
            if (i >= skipStart && i < skipEnd)
            {
                inRun = false;
                continue;
            }

            var token = tokens[i].Of(text);
            var wordCase = char.IsLower(token[0]) ? WordCase.Lower
                : !char.IsUpper(token[0]) || i == first || IsSentenceBreak(tokens[i - 1].Of(text)) ? WordCase.Unknown
                : WordCase.Upper;
            string? stem;
            if (_variants.Longest(text, tokens, i, limit) is { } variant)
            {
                stem = variant.Value;
                i += variant.Length - 1;
            }
            else
            {
                stem = Stem(token);
            }

            if (stem is null || _participantStems.Contains(stem))
            {
                inRun = false;
                continue;
            }

            if (wordCase == WordCase.Lower)
            {
                inRun = false;
            }
            else if (!inRun)
            {
                run++;
                inRun = true;
            }

            cases[stem] = !cases.TryGetValue(stem, out var seen) || seen == WordCase.Unknown ? wordCase
                : wordCase == WordCase.Unknown || wordCase == seen ? seen
                : WordCase.Mixed;
            if (inRun)
            {
                runs.TryAdd(stem, run);
            }
        }

        return new Description(cases, runs);
    }

    /// <summary>
    /// The events the description names with the time expression <paramref name="reference"/> that stands in it,
    /// among the events whose date the expression can name, best first; empty when none is described well enough
    /// (see the class summary).
    /// </summary>
    public IReadOnlyList<DescriptionMatch> Match(Description description, TimeReference reference)
    {
        var passagePeople = PeopleOf(description);
        var named = new Dictionary<int, double>();
        var scored = new List<DescriptionMatch>();
        foreach (var index in Candidates(description))
        {
            var entry = _almanac[index];
            if (DatingClue.Range(entry.Event.When!, reference) is null || reference is WeekdayTime && entry.Event.When!.Length > 1)
            {
                // A weekday ("on Friday") names a day: an event the almanac knows only to the month or year is no match for it.
                continue;
            }

            if (OtherPeople(passagePeople, _entryPeople[index]))
            {
                continue;
            }

            var (score, clues) = Agreement(description, _entries[index], named);
            var date = DateWeight(entry, reference);
            score += date;
            clues += reference is DayOfYear && date > 0 ? 1 : 0;
            if (score >= _minScore && clues >= _minClues)
            {
                scored.Add(new DescriptionMatch(entry, score, Shared(description, _entries[index])));
            }
        }

        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Max(s => s.Score);
        return scored.Where(s => s.Score >= best * _nearBest).OrderByDescending(s => s.Score).ToList();
    }

    /// <summary>The entries sharing a stem with the passage, in entry order: only they can score.</summary>
    private List<int> Candidates(Description description)
    {
        var candidates = new List<int>();
        foreach (var stem in description.Stems)
        {
            if (_entriesWithStem.TryGetValue(stem, out var indices))
            {
                candidates.AddRange(indices);
            }
        }

        candidates.Sort();
        var distinct = 0;
        for (var k = 0; k < candidates.Count; k++)
        {
            if (k == 0 || candidates[k] != candidates[k - 1])
            {
                candidates[distinct++] = candidates[k];
            }
        }

        candidates.RemoveRange(distinct, candidates.Count - distinct);
        return candidates;
    }

    /// <summary>
    /// The words a passage and an event share: their summed weight and how many clues they make (each word of what
    /// happened is one; each named thing, a run of capitalised words, is one weighing its rarest shared word; the
    /// known people named, who like countries say who took part, are together one, weighing the rarest).
    /// <paramref name="named"/> is scratch space, cleared here, for the weights of the named things.
    /// </summary>
    private (double Score, int Clues) Agreement(Description passage, Description entry, Dictionary<int, double> named)
    {
        var score = 0.0;
        var clues = 0;
        named.Clear();
        foreach (var (stem, entryCase) in entry.Cases)
        {
            if (!passage.Cases.TryGetValue(stem, out var passageCase) || !Compatible(passageCase, entryCase))
            {
                continue;
            }

            var weight = _weights[stem];
            if (_personStems.Contains(stem) && passageCase != WordCase.Lower && entryCase != WordCase.Lower)
            {
                named[People] = Math.Max(named.GetValueOrDefault(People), weight);
            }
            else if ((passageCase == WordCase.Upper || entryCase == WordCase.Upper) && entry.Runs.TryGetValue(stem, out var run))
            {
                named[run] = Math.Max(named.GetValueOrDefault(run), weight);
            }
            else
            {
                score += weight;
                clues++;
            }
        }

        return (score + named.Values.Sum(), clues + named.Count);
    }

    /// <summary>The stems a passage and an event share (the words <see cref="Agreement"/> weighs), in the event's order.</summary>
    private static List<string> Shared(Description passage, Description entry)
    {
        var shared = new List<string>();
        foreach (var (stem, entryCase) in entry.Cases)
        {
            if (passage.Cases.TryGetValue(stem, out var passageCase) && Compatible(passageCase, entryCase))
            {
                shared.Add(stem);
            }
        }

        return shared;
    }

    /// <summary>True when both name known people and none of the same: the passage tells of other people's doings ("Moon told Abe" is not a meeting of Yoon and Kishida).</summary>
    private static bool OtherPeople(List<string> passagePeople, List<string> entryPeople) =>
        passagePeople.Count > 0 && entryPeople.Count > 0 && !passagePeople.Exists(entryPeople.Contains);

    /// <summary>The stems of known people's names a description writes capitalised (or at a sentence's start).</summary>
    private List<string> PeopleOf(Description description) =>
        description.Cases.Where(c => c.Value != WordCase.Lower && _personStems.Contains(c.Key)).Select(c => c.Key).ToList();

    /// <summary>A word capitalised on one side and in lower case on the other is not the same word; a sentence's first word, or one seen both ways, fits either.</summary>
    private static bool Compatible(WordCase a, WordCase b) =>
        !(a == WordCase.Upper && b == WordCase.Lower || a == WordCase.Lower && b == WordCase.Upper);

    /// <summary>The log odds of a day or month the passage names fitting the event's date by chance: ln 365 for a day, ln 12 for a month; 0 for other expressions or a vaguer event date.</summary>
    private static double DateWeight(AlmanacEntry entry, TimeReference reference)
    {
        var when = entry.Event.When!;
        return reference switch
        {
            DayOfYear day when when.Length <= day.LastDay - day.Day + 1 => DayWeight,
            MonthOfYear when when.Length <= 31 => MonthWeight,
            _ => 0,
        };
    }

    private static bool IsSentenceBreak(string token) => token is "." or "!" or "?" or ":" or ";" or "\"" or "“" or "”" or "—" or "(";

    private Description Describe(string text)
    {
        var tokens = new List<TextSpan>();
        _tokenizer.Tokenize(text, 0, text.Length, tokens);
        return Describe(text, tokens, 0, tokens.Count);
    }

    /// <summary>A word's stem: lower case, without a possessive, a plural or past ending, cut to six characters; null for a stopword or a token with no letter or digit.</summary>
    private string? Stem(string word)
    {
        // Folded in a buffer, so that only the stem itself becomes a string.
        Span<char> buffer = word.Length <= StackLimit ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().ToLowerInvariant(buffer);
        buffer.Replace('’', '\'');
        Span<char> lower = buffer;
        if (lower.EndsWith("'s", StringComparison.Ordinal))
        {
            lower = lower[..^2];
        }

        if (!HasLetterOrDigit(lower) || _stopwordLookup.Contains(lower))
        {
            return null;
        }

        if (lower.Length > 4 && lower.EndsWith("ies", StringComparison.Ordinal))
        {
            lower[^3] = 'y';
            lower = lower[..^2];
        }
        else if (lower.Length > 4 && (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("es", StringComparison.Ordinal)))
        {
            lower = lower[..^2];
        }
        else if (lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal))
        {
            lower = lower[..^1];
        }

        return new string(lower.Length > StemLength ? lower[..StemLength] : lower);
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

}

/// <summary>How a word is written where it stands: capitalised (part of a name), in lower case, at a sentence's start (unknown), or both ways.</summary>
public enum WordCase
{
    Unknown,
    Upper,
    Lower,
    Mixed,
}

/// <summary>
/// A passage's words as <see cref="EventDescriptionMatcher"/> compares them: each word stem (without countries and
/// office titles) with how it is written, and for capitalised words the run of capitalised words (one named thing)
/// they belong to.
/// </summary>
public sealed record Description(IReadOnlyDictionary<string, WordCase> Cases, IReadOnlyDictionary<string, int> Runs)
{
    public IEnumerable<string> Stems => Cases.Keys;
}

/// <summary>An almanac event a passage describes, its score (summed log odds of the clues) and the word stems they share.</summary>
public sealed record DescriptionMatch(AlmanacEntry Entry, double Score, IReadOnlyList<string> Shared);
