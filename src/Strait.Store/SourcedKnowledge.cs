using Strait.Core.Events;
using Strait.Core.Knowledge;

namespace Strait.Store;

/// <summary>
/// Built-in knowledge to keep beside the articles: events whose evidence names a source (an outlet and date, or
/// an address: <see cref="Evidence.FromSource"/>) instead of a document, such as the almanac, and indicator
/// series (opinion polls, approval, trade) whose values name their source the same way.
/// </summary>
public sealed record SourcedKnowledge(IReadOnlyList<CodedEvent> Events, IReadOnlyList<IndicatorObservation> Series)
{
    /// <summary>The almanac's events and the indicator series, as their loaders give them.</summary>
    public static SourcedKnowledge Of(IEnumerable<AlmanacEntry> almanac, IEnumerable<IndicatorObservation> series) =>
        new(almanac.Select(a => a.Event).ToList(), series.ToList());

    /// <summary>What in it does not name a source or names a document; null when all is well.</summary>
    public string? Problem()
    {
        var badEvent = Events.FirstOrDefault(e => e.Evidence.Count == 0 || e.Evidence.Any(NotSourced));
        if (badEvent is not null)
        {
            return $"the event {badEvent.Key} has evidence without a source or from a document; sourced knowledge uses Evidence.FromSource";
        }

        var badValue = Series.FirstOrDefault(o => NotSourced(o.Indicator.Evidence));
        return badValue is null
            ? null
            : $"the value of series '{badValue.Series}' for {badValue.Indicator.When} has no source or comes from a document";
    }

    private static bool NotSourced(Evidence evidence) => evidence.DocumentId is not null || string.IsNullOrWhiteSpace(evidence.Source);
}

/// <summary>What <see cref="IStraitStore.SaveKnowledge"/> stored.</summary>
/// <param name="Entries">Sourced events given.</param>
/// <param name="Events">Stored events that now hold sourced evidence (fewer than entries when some merged with each other).</param>
/// <param name="MergedWithArticles">Of those, events that articles also report.</param>
/// <param name="Observations">Indicator values stored.</param>
public sealed record KnowledgeSaved(int Entries, int Events, int MergedWithArticles, int Observations);

/// <summary>How much sourced knowledge a store holds (<see cref="IStraitStore.Knowledge"/>).</summary>
/// <param name="Events">Events with at least one piece of sourced evidence.</param>
/// <param name="Observations">Values of indicator series.</param>
public sealed record KnowledgeCounts(int Events, int Observations)
{
    public bool IsEmpty => Events == 0 && Observations == 0;
}
