using NodaTime;
using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Knowledge;
using Strait.Core.Time;

namespace Strait.Text.Coding;

/// <summary>
/// Dates an event the article mentions without a date from what is known about it: the almanac entry of the
/// same type (or of the same type family, <c>almanac_type_families</c> in cues.yaml) between the same two
/// countries (in either order for symmetric types), before the publication date (or within
/// <see cref="PlannedWindowDays"/> after it for a planned event), that best fits the sentence.
/// <para>
/// Entries fall in three tiers by age. The news window (from <see cref="NewsDays"/> before publication to its end,
/// or a planned event's window) holds the news the article reports: such an entry needs no shared word and gets
/// <see cref="NewsBonus"/>, so it wins unless an older one is named outright. An older entry within
/// <see cref="MaxYears"/> of publication needs strong evidence: a whole alias in the sentence, or
/// <see cref="StrongShared"/> shared content words (words of <c>common_words</c> and country names never count).
/// An entry older still is never chosen on words alone: a writer who means it gives its year ("the 2015 deal",
/// handled by <see cref="Refine"/>); without one, only an alias together with a <c>past</c> cue ("former President
/// X's ... visit") points there. An entry of the same family, not the same type, needs one more shared word.
/// </para>
/// <para>
/// Fit is the number of shared words, with bonuses for a whole alias, the exact type and the news window; the best
/// fit wins, the most recent one among equals, and equals of the same type within <see cref="SpanDays"/> of it are
/// spanned ("the rulings" of two courts a month apart). When nothing qualifies the caller falls back to its next rule.
/// </para>
/// </summary>
public sealed class AlmanacDating
{
    /// <summary>How far after the publication date a planned event may be dated.</summary>
    public const int PlannedWindowDays = 92;

    /// <summary>Equally good entries this close to the best one are taken together as an interval.</summary>
    public const int SpanDays = 62;

    /// <summary>Shared words an entry of the same type family (not the same type) needs beyond one of the same type.</summary>
    public const int FamilyExtra = 1;

    /// <summary>Entries from this many days before the publication date to its end are the news the article reports.</summary>
    public const int NewsDays = 14;

    /// <summary>Shared content words an entry older than the news window needs when the sentence does not name it by an alias.</summary>
    public const int StrongShared = 3;

    /// <summary>
    /// Entries that ended more than this many years before publication date an undated event only through an alias and
    /// a <c>past</c> cue. Two years: the almanac fills in recent background the writer assumes the reader knows ("the
    /// court's ruling", "Tokyo's export curbs"); for anything older writers give the year, and a guess years off is
    /// worse than the publication month.
    /// </summary>
    public const int MaxYears = 2;

    private const int AliasBonus = 3;

    private const int NewsBonus = 3;

    /// <summary>
    /// The entries by their two countries, in alphabetical order, and their <see cref="Kind"/>: the only ones an event
    /// between two countries can fit.
    /// </summary>
    private readonly Dictionary<(string, string, int), List<Known>> _byPair = [];

    /// <summary>The entries by their <see cref="Kind"/> alone: those an event with an international body can fit.</summary>
    private readonly Dictionary<int, List<Known>> _byKind = [];
    private readonly IReadOnlyDictionary<EventType, int> _families;
    private readonly IReadOnlySet<string> _common;

    /// <summary>Every content word of every entry: a sentence's other words can match none, so they are not counted.</summary>
    private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);

    public AlmanacDating(IReadOnlyList<AlmanacEntry> almanac, Stemmer stemmer, IReadOnlyDictionary<EventType, int> families, IReadOnlySet<string> commonWords)
    {
        _families = families;
        _common = commonWords;
        foreach (var entry in almanac)
        {
            if (entry.Event.When is null)
            {
                continue;
            }

            var words = Content(WordTokenizer.Tokenize(entry.Summary, 0, entry.Summary.Length, stemmer).Select(t => t.Stem));
            var aliases = new List<string[]>();
            foreach (var alias in entry.Aliases)
            {
                var stems = WordTokenizer.Tokenize(alias, 0, alias.Length, stemmer).Select(t => t.Stem).ToArray();
                words.UnionWith(Content(stems));
                if (stems.Length > 0)
                {
                    aliases.Add(stems);
                }
            }

            _vocabulary.UnionWith(words);
            var known = new Known(entry.Event, words, aliases);
            var (first, second) = PairKey(entry.Event.Source, entry.Event.Target);
            var kind = Kind(entry.Event.Type);
            if (!_byPair.TryGetValue((first, second, kind), out var list))
            {
                _byPair[(first, second, kind)] = list = [];
            }

            list.Add(known);
            if (!_byKind.TryGetValue(kind, out var ofKind))
            {
                _byKind[kind] = ofKind = [];
            }

            ofKind.Add(known);
        }
    }

    public static AlmanacDating None { get; } = new([], Stemmer.Plain, new Dictionary<EventType, int>(), new HashSet<string>());

    /// <summary>
    /// The date the almanac gives an undated event of <paramref name="type"/> between <paramref name="source"/> and
    /// <paramref name="target"/> stated in <paramref name="sentence"/> (stems), or null when no entry qualifies.
    /// </summary>
    public PartialDate? Date(EventType type, bool symmetric, ActorCode source, ActorCode target, IReadOnlyList<string> sentence, PartialDate published, bool planned,
        AlmanacCues cues = default) =>
        Best(type, symmetric, source, target, sentence, published, planned, null, cues);

    /// <summary>
    /// A finer date inside a coarse stated one ("last month", "in 2018"): the best-fitting entry that lies within
    /// <paramref name="stated"/> and shares at least one word with the sentence (or is named by an alias), else null.
    /// </summary>
    public PartialDate? Refine(EventType type, bool symmetric, ActorCode source, ActorCode target, IReadOnlyList<string> sentence, PartialDate stated) =>
        stated.Precision == DatePrecision.Day ? null : Best(type, symmetric, source, target, sentence, stated, false, stated, default);

    private PartialDate? Best(EventType type, bool symmetric, ActorCode source, ActorCode target, IReadOnlyList<string> sentence, PartialDate published, bool planned,
        PartialDate? within, AlmanacCues cues)
    {
        // Only an event with an international body can fit an entry of other parties (AtBody); any other fits only
        // entries between its own two countries.
        // Only an entry of the event's type or type family can fit it (Kind).
        var kind = Kind(type);
        var (first, second) = PairKey(source, target);
        var candidates = source.IsInternationalBody || target.IsInternationalBody ? _byKind.GetValueOrDefault(kind) ?? []
            : _byPair.TryGetValue((first, second, kind), out var ofPair) ? ofPair : [];
        List<string>? words = null;
        HashSet<string>? present = null;
        var scored = new List<(Known Entry, int Score)>();
        foreach (var known in candidates)
        {
            var e = known.Event;
            if (!SameParties(e, source, target, symmetric) && !AtBody(known, source, target) || (within is null ? !InWindow(e.When!, published, planned) : !within.Contains(e.When!)))
            {
                continue;
            }

            // Every candidate is of the type or its family (Kind); one of the family needs one more shared word.
            var exact = e.Type == type;
            // An entry its tier rules out whatever the words say is passed over before they are counted.
            var tier = within is null ? TierOf(e.When!, published, planned) : Tier.News;
            if (within is null && tier != Tier.News && (cues.NewsOnly || tier == Tier.Old && !cues.MarkedPast))
            {
                continue;
            }

            words ??= DistinctContent(sentence);
            var shared = 0;
            foreach (var word in words)
            {
                shared += known.Words.Contains(word) ? 1 : 0;
            }

            var alias = false;
            foreach (var a in known.Aliases)
            {
                // Most aliases share no word with the sentence: a set of its words rules them out before any scan.
                present ??= new HashSet<string>(sentence, StringComparer.Ordinal);
                alias = alias || present.Contains(a[0]) && Contains(sentence, a);
            }

            var extra = exact ? 0 : FamilyExtra;
            var score = shared + (alias ? AliasBonus : 0) + (exact ? 1 : 0);
            if (within is not null)
            {
                if (!alias && shared < extra + 1)
                {
                    continue;
                }
            }
            else
            {
                var qualifies = tier switch
                {
                    Tier.News => alias || shared >= extra,
                    Tier.Older => !cues.NewsOnly && (alias || shared >= StrongShared + extra),
                    _ => !cues.NewsOnly && alias && cues.MarkedPast,
                };
                if (!qualifies)
                {
                    continue;
                }

                score += tier == Tier.News ? NewsBonus : 0;
            }

            scored.Add((known, score));
        }

        if (scored.Count == 0)
        {
            return null;
        }

        // The latest of the best-scored entries (the first listed among equals), widened back to the earliest one of its
        // type that scored as well and lies within SpanDays before it.
        var top = scored.Max(s => s.Score);
        CodedEvent? latestEvent = null;
        foreach (var (entry, score) in scored)
        {
            if (score == top && (latestEvent is null || entry.Event.When!.Start > latestEvent.When!.Start))
            {
                latestEvent = entry.Event;
            }
        }

        var latest = latestEvent!.When!;
        var earliest = latest;
        foreach (var (entry, score) in scored)
        {
            var when = entry.Event.When!;
            if (score == top && entry.Event.Type == latestEvent.Type && when.Start < earliest.Start &&
                Period.Between(when.Start, latest.Start, PeriodUnits.Days).Days <= SpanDays)
            {
                earliest = when;
            }
        }

        return earliest.Equals(latest) ? latest : PartialDate.Between(earliest, latest);
    }

    /// <summary>Whether a date the almanac gave lies in the news window of <paramref name="published"/> (<see cref="NewsDays"/> before it or later).</summary>
    public static bool IsRecent(PartialDate when, PartialDate published) => when.End >= published.Start.PlusDays(-NewsDays);

    private static Tier TierOf(PartialDate when, PartialDate published, bool planned) =>
        planned || when.End >= published.Start.PlusDays(-NewsDays) ? Tier.News
        : when.End >= published.Start.PlusYears(-MaxYears) ? Tier.Older
        : Tier.Old;

    /// <summary>An event type's family (cues.yaml <c>almanac_type_families</c>), or for a type in no family a number of its own.</summary>
    private int Kind(EventType type) => _families.TryGetValue(type, out var family) ? family : -1 - (int)type;

    private static (string, string) PairKey(ActorCode a, ActorCode b) =>
        string.CompareOrdinal(a.CountryPart, b.CountryPart) <= 0 ? (a.CountryPart, b.CountryPart) : (b.CountryPart, a.CountryPart);

    private static bool SameParties(CodedEvent e, ActorCode source, ActorCode target, bool symmetric)
    {
        var (s, t) = (e.Source.CountryPart, e.Target.CountryPart);
        return s == source.CountryPart && t == target.CountryPart || symmetric && s == target.CountryPart && t == source.CountryPart;
    }

    /// <summary>
    /// An event with an international body ("Freedonia at the G20 summit") fits an entry that involves the other
    /// party and names the body by its code ("... at the G20 in ..."): the almanac records meetings at a body's
    /// summit between the countries that met there.
    /// </summary>
    private static bool AtBody(Known known, ActorCode source, ActorCode target)
    {
        var (body, other) = source.IsInternationalBody ? (source, target) : target.IsInternationalBody ? (target, source) : (null, null);
        if (body is null || other!.IsInternationalBody)
        {
            return false;
        }

        var e = known.Event;
        return (e.Source.CountryPart == other.CountryPart || e.Target.CountryPart == other.CountryPart) &&
            known.Words.Contains(body.CountryPart[3..].ToLowerInvariant());
    }

    private static bool InWindow(PartialDate when, PartialDate published, bool planned) =>
        planned
            ? when.Start >= published.Start && when.Start <= published.End.PlusDays(PlannedWindowDays)
            : when.Start <= published.End;

    private static bool Contains(IReadOnlyList<string> sentence, string[] alias)
    {
        for (var i = 0; i + alias.Length <= sentence.Count; i++)
        {
            var k = 0;
            while (k < alias.Length && sentence[i + k] == alias[k])
            {
                k++;
            }

            if (k == alias.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence's content words that some entry has, once each, as a short list (a sentence has a few dozen words).</summary>
    private List<string> DistinctContent(IReadOnlyList<string> stems)
    {
        var words = new List<string>(stems.Count);
        foreach (var s in stems)
        {
            if (_vocabulary.Contains(s) && !words.Contains(s))
            {
                words.Add(s);
            }
        }

        return words;
    }

    private HashSet<string> Content(IEnumerable<string> stems) => stems.Where(IsContent).ToHashSet(StringComparer.Ordinal);

    /// <summary>A stem that can tell one event from another: three letters or more, a word or number, not a common word.</summary>
    private bool IsContent(string stem) => stem.Length > 2 && char.IsLetterOrDigit(stem[0]) && !_common.Contains(stem);

    private sealed record Known(CodedEvent Event, HashSet<string> Words, List<string[]> Aliases);

    private enum Tier
    {
        News,
        Older,
        Old,
    }
}
