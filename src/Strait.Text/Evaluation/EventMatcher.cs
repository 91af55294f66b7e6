using Strait.Core.Events;
using Strait.Core.Time;

namespace Strait.Text.Evaluation;

/// <summary>
/// FORMAT.md's rule for whether one extracted event matches one gold event, at a <see cref="MatchLevel"/>.
/// </summary>
public static class EventMatcher
{
    public static bool Matches(AnnotatedEvent gold, AnnotatedEvent extracted, MatchLevel level)
    {
        if (!WhenMatches(gold.When, extracted.When))
        {
            return false;
        }

        if (level != MatchLevel.Lenient && gold.Type != extracted.Type)
        {
            return false;
        }

        var symmetric = EventTypes.IsSymmetric(gold.Type);
        if (!ActorsMatch(gold, extracted, symmetric, level == MatchLevel.Strict))
        {
            return false;
        }

        return level != MatchLevel.Strict || (gold.Status == extracted.Status && gold.Issue == extracted.Issue);
    }

    /// <summary>
    /// The extracted date overlaps the gold one, seen as day intervals, and is no longer than it (a year does
    /// not match a gold month). A missing date matches only a missing date.
    /// </summary>
    public static bool WhenMatches(PartialDate? gold, PartialDate? extracted) =>
        gold is null || extracted is null
            ? gold is null && extracted is null
            : gold.Overlaps(extracted) && extracted.Length <= gold.Length;

    private static bool ActorsMatch(AnnotatedEvent gold, AnnotatedEvent extracted, bool symmetric, bool withRoles)
    {
        string Key(Core.Actors.ActorCode code) => withRoles ? code.ToString() : code.CountryPart;

        var same = Key(gold.Source) == Key(extracted.Source) && Key(gold.Target) == Key(extracted.Target);
        var swapped = Key(gold.Source) == Key(extracted.Target) && Key(gold.Target) == Key(extracted.Source);
        return same || (symmetric && swapped);
    }
}
