using Strait.Text.Pipeline;

namespace Strait.Text.Evaluation;

/// <summary>Turns what the pipeline found in a document into an <see cref="ArticleAnnotation"/> comparable with gold.</summary>
public static class ExtractionAnnotation
{
    public static ArticleAnnotation From(TextDocument document, string doc) =>
        new(doc, document.Published, document.PublishedBasis,
            document.Events.Select(e => new AnnotatedEvent(e.When, e.Status, e.Source, e.Target, e.Type, e.Issue,
                e.Evidence.Count > 0 ? e.Evidence[0].Text : "", e.Evidence.Count > 0 ? e.Evidence[0].Start : null,
                e.Evidence.Count > 0 ? e.Evidence[0].End : null, e.Confidence,
                e.Evidence.Skip(1).Select(x => new EvidenceRange(x.Start, x.End)).ToList())).ToList(),
            document.Indicators.Select(i => new AnnotatedIndicator(i.Measure, i.Population, i.Value, i.Unit, i.When, i.By,
                i.Evidence.Text, i.Evidence.Start, i.Evidence.End)).ToList(),
            document.SetAside.ToList());
}
