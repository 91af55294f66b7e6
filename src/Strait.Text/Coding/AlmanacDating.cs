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
/// <see cref="PlannedWindowDays"/> after it for a planned event), that best fits the sentence. Fit is the number
/// of content words (numbers included) the sentence shares with the entry's summary and aliases, with bonuses
/// for a whole alias, the exact type and a recent entry (within <see cref="RecentDays"/> of publication: the news
/// the article reports); the best fit wins, the most recent one among equals, and equals of the same type within
/// <see cref="SpanDays"/> of it are spanned ("the rulings" of two courts a month apart). An entry of another type
/// family never fits; one of the same family needs one more shared word than one of the same type; an older
/// entry needs <see cref="OldMinimum"/> more, unless the sentence names it by an alias.
/// </summary>
public sealed class AlmanacDating
{
    /// <summary>How far after the publication date a planned event may be dated.</summary>
    public const int PlannedWindowDays = 92;

    /// <summary>Equally good entries this close to the best one are taken together as an interval.</summary>
    public const int SpanDays = 62;

    /// <summary>Shared words an entry of the same type family (not the same type) needs beyond one of the same type.</summary>
    public const int FamilyExtra = 1;

    /// <summary>Entries this close before publication (or in a planned event's window) are recent: news of the day.</summary>
    public const int RecentDays = 45;

    /// <summary>Shared words an older entry needs beyond what a recent one needs.</summary>
    public const int OldMinimum = 2;

    private const int AliasBonus = 3;

    private const int RecentBonus = 2;

    private readonly List<Known> _entries;
    private readonly IReadOnlyDictionary<EventType, int> _families;
    private readonly IReadOnlySet<string> _common;

    public AlmanacDating(IReadOnlyList<AlmanacEntry> almanac, Stemmer stemmer, IReadOnlyDictionary<EventType, int> families, IReadOnlySet<string> commonWords)
    {
        _families = families;
        _common = commonWords;
        _entries = [];
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

            _entries.Add(new Known(entry.Event, words, aliases));
        }
    }

    public static AlmanacDating None { get; } = new([], Stemmer.Plain, new Dictionary<EventType, int>(), new HashSet<string>());

    /// <summary>
    /// The date the almanac gives an undated event of <paramref name="type"/> between <paramref name="source"/> and
    /// <paramref name="target"/> stated in <paramref name="sentence"/> (stems), or null when no entry fits.
    /// </summary>
    public PartialDate? Date(EventType type, bool symmetric, ActorCode source, ActorCode target, IReadOnlyList<string> sentence, PartialDate published, bool planned) =>
        Best(type, symmetric, source, target, sentence, published, planned, null);

    /// <summary>
    /// A finer date inside a coarse stated one ("last month", "in 2018"): the best-fitting entry that lies within
    /// <paramref name="stated"/> and shares at least one word with the sentence (or is named by an alias), else null.
    /// </summary>
    public PartialDate? Refine(EventType type, bool symmetric, ActorCode source, ActorCode target, IReadOnlyList<string> sentence, PartialDate stated) =>
        stated.Precision == DatePrecision.Day ? null : Best(type, symmetric, source, target, sentence, stated, false, stated);

    private PartialDate? Best(EventType type, bool symmetric, ActorCode source, ActorCode target, IReadOnlyList<string> sentence, PartialDate published, bool planned, PartialDate? within)
    {
        var words = Content(sentence);
        var scored = new List<(Known Entry, int Score)>();
        foreach (var known in _entries)
        {
            var e = known.Event;
            if (!SameParties(e, source, target, symmetric) && !AtBody(known, source, target) || (within is null ? !InWindow(e.When!, published, planned) : !within.Contains(e.When!)))
            {
                continue;
            }

            var exact = e.Type == type;
            if (!exact && (!_families.TryGetValue(type, out var family) || !_families.TryGetValue(e.Type, out var other) || family != other))
            {
                continue;
            }

            var shared = known.Words.Count(words.Contains);
            var alias = known.Aliases.Any(a => Contains(sentence, a));
            var recent = e.When!.End >= published.Start.PlusDays(-RecentDays) && e.When.Start <= published.End.PlusDays(planned ? PlannedWindowDays : 0);
            var needed = (exact ? 0 : FamilyExtra) + (within is not null ? 1 : recent ? 0 : OldMinimum);
            if (!alias && shared < needed)
            {
                continue;
            }

            scored.Add((known, shared + (alias ? AliasBonus : 0) + (exact ? 1 : 0) + (recent ? RecentBonus : 0)));
        }

        if (scored.Count == 0)
        {
            return null;
        }

        var top = scored.Max(s => s.Score);
        var best = scored.Where(s => s.Score == top).OrderByDescending(s => s.Entry.Event.When!.Start).ToList();
        var latest = best[0].Entry.Event.When!;
        var kind = best[0].Entry.Event.Type;
        var earliest = best.Where(s => s.Entry.Event.Type == kind).Select(s => s.Entry.Event.When!).Where(w => Period.Between(w.Start, latest.Start, PeriodUnits.Days).Days <= SpanDays).MinBy(w => w.Start)!;
        return earliest.Equals(latest) ? latest : PartialDate.Between(earliest, latest);
    }

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

    private HashSet<string> Content(IEnumerable<string> stems) =>
        stems.Where(s => s.Length > 2 && char.IsLetterOrDigit(s[0]) && !_common.Contains(s)).ToHashSet(StringComparer.Ordinal);

    private sealed record Known(CodedEvent Event, HashSet<string> Words, List<string[]> Aliases);
}
