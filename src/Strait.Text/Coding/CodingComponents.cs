using Strait.Core;
using Strait.Core.Knowledge;
using Strait.Text.Indicators;
using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// The event and indicator stages of the pipeline, in order: the event coder, the deduplicator and the
/// indicator extractor, loaded from the pattern files and the almanac (<c>almanac/almanac.csv</c>, when present) of the data folder. They run after the stages that find
/// sentences, actors, times and the publication date.
/// </summary>
public static class CodingComponents
{
    public static Outcome<IReadOnlyList<IPipelineComponent>> Load(string dataDirectory)
    {
        var coding = CodingKnowledgeLoader.Load(dataDirectory);
        if (!coding.Success)
        {
            return Outcome<IReadOnlyList<IPipelineComponent>>.Fail(coding.Error!);
        }

        var indicators = IndicatorKnowledge.Load(dataDirectory, coding.Value.Stemmer);
        if (!indicators.Success)
        {
            return Outcome<IReadOnlyList<IPipelineComponent>>.Fail(indicators.Error!);
        }

        var almanacPath = Path.Combine(dataDirectory, "almanac", AlmanacLoader.FileName);
        IReadOnlyList<AlmanacEntry> almanac = [];
        if (File.Exists(almanacPath))
        {
            var loaded = AlmanacLoader.Load(almanacPath);
            if (!loaded.Success)
            {
                return Outcome<IReadOnlyList<IPipelineComponent>>.Fail(loaded.Error!);
            }

            almanac = loaded.Value;
        }

        return Outcome<IReadOnlyList<IPipelineComponent>>.Ok(Create(coding.Value, indicators.Value, almanac));
    }

    /// <summary>The stages over loaded knowledge; <paramref name="almanac"/> dates events the articles leave undated.</summary>
    public static IReadOnlyList<IPipelineComponent> Create(CodingKnowledge coding, IndicatorKnowledge indicators, IReadOnlyList<AlmanacEntry>? almanac = null) =>
    [
        new EventCoder(coding, new AlmanacDating(almanac ?? [], coding.Stemmer, coding.TypeFamilies, coding.CommonWords)),
        new EventDeduplicator(),
        new IndicatorExtractor(indicators, coding),
    ];
}
