using Strait.Core.Documents;
using Strait.Text.Pipeline;

namespace Strait.Cli.Ingestion;

/// <summary>Runs a <see cref="TextPipeline"/> over a document and keeps what the store needs.</summary>
public sealed class PipelineAnalyzer(TextPipeline pipeline) : IDocumentAnalyzer
{
    public AnalyzedDocument Analyze(Document document)
    {
        var result = pipeline.Run(document);
        if (!result.Success)
        {
            return AnalyzedDocument.Failed(document, result.Error!);
        }

        var annotated = result.Value;
        return new AnalyzedDocument(annotated.Published, annotated.PublishedBasis,
            [.. annotated.Events], [.. annotated.Indicators], [.. annotated.Notes]);
    }
}
