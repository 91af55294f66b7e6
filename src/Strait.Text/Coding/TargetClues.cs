using Strait.Core.Actors;
using Strait.Core.Events;

namespace Strait.Text.Coding;

/// <summary>
/// Finds the object of a trigger: the first actor after it within reach (not the source, not a word of the phrase,
/// not past a gerund's own object), a forum body it names ("complained to the WTO"), or the two countries a state pair
/// phrase after it names ("urged both governments").
/// </summary>
public sealed class TargetClues(CodingKnowledge knowledge)
{
    private readonly ClauseMentions _mentions = new(knowledge);

    /// <summary>How many tokens after a trigger the coder looks for its object.</summary>
    public const int ObjectReach = 12;

    /// <summary>How many tokens after an event noun the coder looks for its object ("talks with Sylvania", "a visit to the capital of Sylvania").</summary>
    private const int NounObjectReach = 12;

    /// <summary>
    /// The first mention from <paramref name="from"/> before <paramref name="limit"/> of another actor than the
    /// source; the search stops at a gerund after a preposition ("retaliation for backing Ostrava"), whose object
    /// belongs to that other verb.
    /// </summary>
    public int ObjectAfter(SentenceView view, int from, int limit, ActorCode? source, int sourceMention, Phrase? phrase = null, int phraseEnd = 0)
    {
        for (var k = Math.Max(from, 1); k < limit; k++)
        {
            var lower = view.Tokens[k].Lower;
            if (lower.Length > 5 && lower.EndsWith("ing", StringComparison.Ordinal) && knowledge.Prepositions.Contains(view.Tokens[k - 1].Lower) &&
                view.MentionStartingAt(k) < 0)
            {
                limit = k;
                break;
            }
        }

        for (var m = 0; m < view.Mentions.Count; m++)
        {
            var mention = view.Mentions[m];
            if (mention.StartToken < from || m == sourceMention || phrase is not null && IsPhraseWord(view, mention, phrase, phraseEnd))
            {
                continue;
            }

            if (mention.StartToken >= limit)
            {
                break;
            }

            if (source is not null && mention.Mention.Actor.CountryPart == source.CountryPart && _mentions.IsPlace(view, m))
            {
                // "Sylvanians rallied in central Sylvaton against ...": the source's own country as the place of its act is no target.
                continue;
            }

            if (source is null || mention.Mention.Actor.CountryPart != source.CountryPart || mention.Mention.Actor.Role != source.Role && mention.Mention.Actor.Role != ActorRole.None)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>
    /// How far after a trigger its object may stand: a dozen words for a verb; for an event noun only a few, and
    /// not past a relative word ("after the meeting that she hoped to visit Sylvania": the meeting has no object).
    /// </summary>
    public int ObjectLimit(SentenceView view, EventPattern pattern, PhraseMatch match, int clauseEnd)
    {
        clauseEnd = Math.Min(clauseEnd, ReportingTail(view, match.End));
        if (!pattern.Nominal)
        {
            return Math.Min(clauseEnd, match.End + ObjectReach);
        }

        var limit = Math.Min(clauseEnd, match.End + NounObjectReach);
        for (var k = match.End; k < limit; k++)
        {
            if (knowledge.RelativeOpeners.Contains(view.Tokens[k].Lower))
            {
                return k;
            }
        }

        return limit;
    }

    /// <summary>How many words a sentence-final reporting clause may have ("..., South Korea's Joint Chiefs of Staff said on Tuesday.").</summary>
    private const int ReportingTailWords = 10;

    /// <summary>
    /// The comma that opens a sentence-final reporting clause after <paramref name="from"/> ("fired two missiles, South Korea's
    /// military said."): its speaker reports the act and is not its object. The sentence's end when there is none.
    /// </summary>
    private int ReportingTail(SentenceView view, int from)
    {
        var end = view.Tokens.Count;
        while (end > 0 && !char.IsLetterOrDigit(view.Tokens[end - 1].Lower[0]))
        {
            end--;
        }

        for (var k = end - 1; k >= Math.Max(from, end - ReportingTailWords); k--)
        {
            if (view.Tokens[k].Lower == ",")
            {
                var reports = false;
                for (var r = k + 1; r < end; r++)
                {
                    reports |= knowledge.ReportingVerbs.Contains(view.Tokens[r].Stem) && view.Tokens[r].Lower != view.Tokens[r].Stem;
                }

                return reports && view.Mentions.Any(m => m.StartToken > k && m.StartToken < end) ? k : view.Tokens.Count;
            }
        }

        return view.Tokens.Count;
    }

    /// <summary>
    /// A mention inside the phrase that one of its own words names ("visit * Yasukuni", "take * to * WTO"): the
    /// place or forum of the act, not its target.
    /// </summary>
    private static bool IsPhraseWord(SentenceView view, PlacedMention mention, Phrase phrase, int phraseEnd)
    {
        if (mention.StartToken >= phraseEnd)
        {
            return false;
        }

        var words = phrase.Core.Concat(phrase.Tail).OfType<WordElement>().ToList();
        for (var k = mention.StartToken; k < Math.Min(mention.EndToken, phraseEnd); k++)
        {
            if (words.Any(w => w.Stems.Contains(view.Tokens[k].Stem)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An international body after a venue preposition ("with the WTO"), or between a determiner and the noun it modifies
    /// ("withdrew its WTO complaint against Fredville"), as the forum of a complaint, not its object.
    /// </summary>
    public bool IsVenue(SentenceView view, EventPattern pattern, int mention)
    {
        if (!knowledge.VenueTypes.Contains(pattern.Type) || !view.Mentions[mention].Mention.Actor.IsInternationalBody)
        {
            return false;
        }

        var k = view.Mentions[mention].StartToken - 1;
        var end = view.Mentions[mention].EndToken;
        if (k >= 0 && knowledge.Determiners.Contains(view.Tokens[k].Lower) && end < view.Tokens.Count &&
            view.Tokens[end] is { Capitalized: false, IsPossessive: false } next && char.IsLetter(next.Lower[0]) && !knowledge.Prepositions.Contains(next.Lower))
        {
            return true;
        }

        while (k > 0 && knowledge.Determiners.Contains(view.Tokens[k].Lower))
        {
            k--;
        }

        return k >= 0 && knowledge.VenuePrepositions.Contains(view.Tokens[k].Lower);
    }

    /// <summary>
    /// The countries a pair or group phrase right after a trigger names as its object: "urged both governments", "criticized
    /// both sides" (the two main countries other than the source's named most nearby, else ranked first in the article),
    /// "condemned the three countries", "accused the three of forming a bloc" (the countries of the last joint act of three nearby, else the group
    /// of three main countries in view, less the source's). A bare "the three" or "the two" counts only when no noun follows it ("the three materials").
    /// </summary>
    public IReadOnlyList<ActorCode>? ObjectParties(SentenceView view, int from, int clauseEnd, ActorCode source, ReferenceTracker references, Counterparts counterparts)
    {
        for (var k = from; k < Math.Min(clauseEnd, from + 2); k++)
        {
            if (knowledge.GroupIndex.At(view, k).Any(phrase => IsObjectPhrase(phrase, view, k, clauseEnd)))
            {
                return (references.JointGroup() ?? references.Group(counterparts.Ranked)) is { } group
                    ? [.. group.Where(c => c != source.CountryPart).Select(c => ActorCode.Of(c, ActorRole.GOV))]
                    : null;
            }

            if (knowledge.StatePairIndex.At(view, k).Concat(knowledge.PairIndex.At(view, k)).Any(phrase => IsObjectPhrase(phrase, view, k, clauseEnd)))
            {
                return OtherPair(source, references, counterparts);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a state description ("the government", "the ministry": <c>state_descriptions</c>) is the trigger's object:
    /// at <paramref name="from"/>, or one or two words on, before any actor ("urged the government to consider ...").
    /// </summary>
    public bool StateDescriptionAfter(SentenceView view, int from, int limit)
    {
        for (var i = from; i < Math.Min(limit, from + 3); i++)
        {
            if (view.MentionStartingAt(i) >= 0)
            {
                return false;
            }

            if (view.Tokens[i].Lower == "the" && knowledge.StateDescriptions.Any(p => PhraseMatcher.MatchesAt(p, view, i, limit)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The nearest main country named before the trigger in its own clause, other than the source's, those listed with
    /// it (<paramref name="joined"/>: "Fredville, Sylvaton and Ostrava rejected" are all sources) and a place ("in
    /// Fredville"), as a government; null when none.
    /// </summary>
    public ActorCode? CountryBefore(SentenceView view, int trigger, ActorCode source, IReadOnlyList<ActorCode> joined)
    {
        for (var m = view.Mentions.Count - 1; m >= 0; m--)
        {
            var mention = view.Mentions[m];
            var country = mention.Mention.Actor.CountryPart;
            if (mention.EndToken > trigger || view.ClauseOf[mention.StartToken] != view.ClauseOf[trigger] || country == source.CountryPart ||
                joined.Any(j => j.CountryPart == country) || !knowledge.MainCountries.Contains(country) || _mentions.IsPlace(view, m))
            {
                continue;
            }

            return ActorCode.Of(country, ActorRole.GOV);
        }

        return null;
    }

    /// <summary>
    /// The other claimants of a disputed place named from <paramref name="from"/> before <paramref name="limit"/> ("sent
    /// warships to the Dokdo islets", "stationed missiles on the Kurils") when the source's country is one of its
    /// claimants; null when none is named there or the source claims none of it.
    /// </summary>
    public IReadOnlyList<ActorCode>? DisputedPlaceClaimants(SentenceView view, int from, int limit, ActorCode source) =>
        FirstNamed(view, from, limit, knowledge.DisputedPlacesByAnchor, (_, _) => true) is { } place && place.Claimants.Contains(source.CountryPart)
            ? [.. place.Claimants.Where(c => c != source.CountryPart).Select(c => ActorCode.Of(c, ActorRole.GOV))]
            : null;

    /// <summary>
    /// The country of a place named from <paramref name="from"/> before <paramref name="limit"/> ("fired shells at
    /// Yeonpyeong Island", "a missile flew over Hokkaido") other than the source's, as a government; null when none.
    /// </summary>
    public ActorCode? PlaceCountry(SentenceView view, int from, int limit, ActorCode source) =>
        FirstNamed(view, from, limit, knowledge.CountryPlacesByAnchor, (k, country) => view.Tokens[k].Capitalized && country != source.CountryPart) is { } named
            ? ActorCode.Of(named, ActorRole.GOV)
            : null;

    /// <summary>
    /// What the first name of <paramref name="byAnchor"/> that <paramref name="accept"/> takes, written from
    /// <paramref name="from"/> before <paramref name="limit"/>, stands for; null when none is.
    /// </summary>
    private static T? FirstNamed<T>(SentenceView view, int from, int limit, IReadOnlyDictionary<string, List<(Phrase Name, T Value)>> byAnchor, Func<int, T, bool> accept)
        where T : class
    {
        for (var k = from; k < limit; k++)
        {
            if (!byAnchor.TryGetValue(view.Tokens[k].Stem, out var names))
            {
                continue;
            }

            foreach (var (name, value) in names)
            {
                if (accept(k, value) && PhraseMatcher.MatchesAt(name, view, k, limit))
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A definite reference to an act ("the decision", "that move", "the launch", "it": <c>act_references</c>) as the
    /// trigger's object, from <paramref name="from"/> (inside the phrase's gap: "called it a threat") to a few words
    /// after the phrase's <paramref name="end"/> in its clause: the types of act its noun names
    /// (<see cref="CodingKnowledge.ActReferenceTypes"/>; empty for any type), or null when there is none.
    /// </summary>
    public IReadOnlySet<EventType>? ActReferenceAfter(SentenceView view, int from, int end, int clauseEnd)
    {
        for (var k = from; k < Math.Min(clauseEnd, Math.Max(from, end) + 3); k++)
        {
            foreach (var phrase in knowledge.ActReferenceIndex.At(view, k))
            {
                if (PhraseMatcher.Match(phrase, view, k, clauseEnd) is { } reference)
                {
                    return knowledge.ActReferenceTypes.TryGetValue(view.Tokens[reference.End - 1].Stem, out var types) ? types : AnyType;
                }
            }
        }

        return null;
    }

    private static readonly IReadOnlySet<EventType> AnyType = new HashSet<EventType>();

    /// <summary>How many tokens after the trigger's phrase a person pronoun may stand and still be its object ("demanded that she").</summary>
    public const int PronounObjectReach = 2;

    /// <summary>How many tokens before a joint act's trigger "them" may stand as its object ("brought them together for the first meeting").</summary>
    public const int PluralObjectReach = 8;

    /// <summary>Whether "them" stands among the tokens from <paramref name="from"/> to <paramref name="to"/> ("brought them together").</summary>
    public static bool PluralObjectIn(SentenceView view, int from, int to)
    {
        for (var k = from; k < Math.Min(to, view.Tokens.Count); k++)
        {
            if (view.Tokens[k].Lower == "them")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject form of a person pronoun right after the trigger's phrase ending at <paramref name="end"/> ("urged him
    /// to", "demanded that she retract"), within <see cref="PronounObjectReach"/> tokens and before any punctuation, with
    /// its token; else null.
    /// </summary>
    public (string Subject, int At)? PronounObjectAfter(SentenceView view, int end)
    {
        for (var k = end; k < Math.Min(view.Tokens.Count, end + PronounObjectReach); k++)
        {
            var lower = view.Tokens[k].Lower;
            if (!char.IsLetter(lower[0]))
            {
                return null;
            }

            if (knowledge.ObjectPronouns.TryGetValue(lower, out var subject))
            {
                return (subject, k);
            }
        }

        return null;
    }

    /// <summary>A phrase matched at <paramref name="at"/> and not followed by a noun it would only count ("the three materials").</summary>
    private bool IsObjectPhrase(Phrase phrase, SentenceView view, int at, int clauseEnd)
    {
        if (PhraseMatcher.Match(phrase, view, at, clauseEnd) is not { } match || match.Start != at)
        {
            return false;
        }

        if (match.End >= view.Tokens.Count || !knowledge.CountWords.Contains(view.Tokens[match.End - 1].Lower))
        {
            return true;
        }

        var next = view.Tokens[match.End].Lower;
        return !char.IsLetter(next[0]) || knowledge.Prepositions.Contains(next) || knowledge.RelativeOpeners.Contains(next);
    }

    /// <summary>The two main countries other than the source's named most nearby, else ranked first in the article.</summary>
    private IReadOnlyList<ActorCode>? OtherPair(ActorCode source, ReferenceTracker references, Counterparts counterparts)
    {
        var others = knowledge.MainCountries.Where(c => c != source.CountryPart).ToHashSet(StringComparer.Ordinal);
        var first = references.NearbyCountry(others, null, counterparts.Ranked) ?? counterparts.Ranked.FirstOrDefault(others.Contains);
        if (first is null)
        {
            return null;
        }

        others.Remove(first);
        var second = references.NearbyCountry(others, null, counterparts.Ranked) ?? counterparts.Ranked.FirstOrDefault(others.Contains);
        return second is null ? null : [ActorCode.Of(first, ActorRole.GOV), ActorCode.Of(second, ActorRole.GOV)];
    }
}
