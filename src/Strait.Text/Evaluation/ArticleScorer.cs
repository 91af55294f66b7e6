using Strait.Core.Time;

namespace Strait.Text.Evaluation;

/// <summary>The score of one article: its publication date, events at the three levels, indicators, and what went wrong.</summary>
public sealed record ArticleEvaluation(
    string Doc,
    PartialDate? GoldPublished,
    PartialDate? ExtractedPublished,
    bool PublishedCorrect,
    Score Events,
    Score EventsLenient,
    Score EventsStrict,
    Score Indicators,
    IReadOnlyList<AnnotatedEvent> Missed,
    IReadOnlyList<AnnotatedEvent> False);

/// <summary>
/// Scores one extracted article against its gold line with FORMAT.md's rules: a maximum one-to-one matching
/// of events per article at each level, the publication date exact at the gold's precision, and indicators
/// matched one-to-one on value, unit, population and when.
/// </summary>
public static class ArticleScorer
{
    public static ArticleEvaluation Score(ArticleAnnotation gold, ArticleAnnotation extracted)
    {
        var byDefault = EventMatching(gold, extracted, MatchLevel.Default);
        var lenient = EventMatching(gold, extracted, MatchLevel.Lenient);
        var strict = EventMatching(gold, extracted, MatchLevel.Strict);
        var indicators = Match(gold.Indicators, extracted.Indicators, IndicatorMatches);

        var matchedExtracted = byDefault.Where(m => m >= 0).ToHashSet();
        var missed = gold.Events.Where((_, i) => byDefault[i] < 0).ToList();
        var falseEvents = extracted.Events.Where((_, i) => !matchedExtracted.Contains(i)).ToList();

        return new ArticleEvaluation(gold.Doc, gold.Published, extracted.Published,
            PublishedMatches(gold.Published, extracted.Published),
            Count(gold.Events.Count, extracted.Events.Count, byDefault),
            Count(gold.Events.Count, extracted.Events.Count, lenient),
            Count(gold.Events.Count, extracted.Events.Count, strict),
            Count(gold.Indicators.Count, extracted.Indicators.Count, indicators),
            missed, falseEvents);
    }

    /// <summary>For each gold event, the index of the extracted event it is matched to at <paramref name="level"/>, or -1.</summary>
    public static int[] EventMatching(ArticleAnnotation gold, ArticleAnnotation extracted, MatchLevel level) =>
        Match(gold.Events, extracted.Events, (g, e) => EventMatcher.Matches(g, e, level));

    /// <summary>
    /// Exact at the gold's precision: an extracted date finer than the gold's is cut to the gold's precision
    /// first. Null matches only null.
    /// </summary>
    public static bool PublishedMatches(PartialDate? gold, PartialDate? extracted)
    {
        if (gold is null || extracted is null)
        {
            return gold is null && extracted is null;
        }

        if (gold.Precision == DatePrecision.Interval || extracted.Precision == DatePrecision.Interval)
        {
            return gold.Equals(extracted);
        }

        return extracted.Precision <= gold.Precision && extracted.TruncateTo(gold.Precision).Equals(gold);
    }

    /// <summary>Value (to a thousandth), unit (case-insensitive), population and when (the event rule) agree.</summary>
    public static bool IndicatorMatches(AnnotatedIndicator gold, AnnotatedIndicator extracted) =>
        Math.Abs(gold.Value - extracted.Value) < 0.001 &&
        string.Equals(gold.Unit.Trim(), extracted.Unit.Trim(), StringComparison.OrdinalIgnoreCase) &&
        string.Equals(gold.Population.Trim(), extracted.Population.Trim(), StringComparison.OrdinalIgnoreCase) &&
        EventMatcher.WhenMatches(gold.When, extracted.When);

    private static int[] Match<T>(IReadOnlyList<T> gold, IReadOnlyList<T> extracted, Func<T, T, bool> matches)
    {
        var edges = gold.Select(g => (IReadOnlyList<int>)Enumerable.Range(0, extracted.Count).Where(e => matches(g, extracted[e])).ToList()).ToList();
        return BipartiteMatching.Maximum(edges, extracted.Count);
    }

    private static Score Count(int gold, int extracted, int[] matching) => new(gold, extracted, matching.Count(m => m >= 0));
}
