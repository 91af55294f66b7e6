using Strait.Core;
using Strait.Text.Indicators;
using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// The event and indicator stages of the pipeline, in order: the event coder, the deduplicator and the
/// indicator extractor, loaded from the pattern files of the data folder. They run after the stages that find
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

        return Outcome<IReadOnlyList<IPipelineComponent>>.Ok(Create(coding.Value, indicators.Value));
    }

    public static IReadOnlyList<IPipelineComponent> Create(CodingKnowledge coding, IndicatorKnowledge indicators) =>
        [new EventCoder(coding), new EventDeduplicator(), new IndicatorExtractor(indicators, coding)];
}
