using Strait.Core;
using Strait.Core.Actors;
using Strait.Core.Knowledge;
using Strait.Text.Dating;
using Strait.Text.Mentions;
using Strait.Text.Pipeline;
using Strait.Text.Segmentation;
using Strait.Text.Times;

namespace Strait.Text;

/// <summary>
/// Strait's text pipeline in one list: paragraphs, tokens, sentences, publication-date inference, time
/// expressions, actor mentions, then the later stages a caller appends (event coding, indicators).
/// Build it once and run it over many documents: the components hold only what the knowledge files say.
/// </summary>
public static class StraitPipeline
{
    /// <summary>The first stages, in order.</summary>
    public static IReadOnlyList<IPipelineComponent> FirstStages(ActorRegistry actors, IReadOnlyList<AlmanacEntry> almanac, TextResources resources, DatingCues? dating = null,
        ActorKnowledge? parties = null)
    {
        var finder = new TimeExpressionFinder(resources.TimeWords);
        return
        [
            new ParagraphSplitter(),
            new Tokenizer(resources.Abbreviations),
            new SentenceSplitter(),
            new PublicationDateInference(almanac, resources, finder, actors, dating ?? DatingCues.None),
            new TimeTagger(finder),
            new ActorTagger(actors, resources, parties),
        ];
    }

    /// <summary>The first stages followed by <paramref name="extraComponents"/>.</summary>
    public static TextPipeline Create(
        ActorRegistry actors,
        IReadOnlyList<AlmanacEntry> almanac,
        TextResources resources,
        IEnumerable<IPipelineComponent>? extraComponents = null,
        DatingCues? dating = null,
        ActorKnowledge? parties = null) =>
        new([.. FirstStages(actors, almanac, resources, dating, parties), .. extraComponents ?? []]);

    /// <summary>
    /// Loads the actors (<c>actors/*.yaml</c>), the dating cues (<c>text/dating-cues.yaml</c>), the almanac (<c>almanac/almanac.csv</c>; none while the file is absent)
    /// and the text resources (<c>text/</c>) from a data folder and builds the pipeline.
    /// </summary>
    public static Outcome<TextPipeline> Load(string dataDirectory, IEnumerable<IPipelineComponent>? extraComponents = null)
    {
        var actors = ActorKnowledgeLoader.LoadKnowledge(dataDirectory);
        if (!actors.Success)
        {
            return Outcome<TextPipeline>.Fail(actors.Error!);
        }

        var resources = TextResources.Load(dataDirectory);
        if (!resources.Success)
        {
            return Outcome<TextPipeline>.Fail(resources.Error!);
        }

        var dating = DatingCues.Load(dataDirectory);
        if (!dating.Success)
        {
            return Outcome<TextPipeline>.Fail(dating.Error!);
        }

        var almanacPath = Path.Combine(dataDirectory, "almanac", AlmanacLoader.FileName);
        IReadOnlyList<AlmanacEntry> almanac = [];
        if (File.Exists(almanacPath))
        {
            var loaded = AlmanacLoader.Load(almanacPath);
            if (!loaded.Success)
            {
                return Outcome<TextPipeline>.Fail(loaded.Error!);
            }

            almanac = loaded.Value;
        }

        return Outcome<TextPipeline>.Ok(Create(actors.Value.Registry, almanac, resources.Value, extraComponents, dating.Value, actors.Value));
    }
}
