using Strait.Core;
using Strait.Core.Documents;
using Strait.Core.Events;
using Strait.Core.Time;
using Strait.Store;

namespace Strait.Cli.Ingestion;

/// <summary>What <c>strait ingest</c> asks of the text pipeline: the events and indicators of one document.</summary>
public interface IDocumentAnalyzer
{
    AnalyzedDocument Analyze(Document document);
}

/// <summary>
/// What the pipeline found in one document: its publication date (possibly inferred from the text), events,
/// indicators and notes, or the error that stopped it.
/// </summary>
public sealed record AnalyzedDocument(
    PartialDate? Published,
    PublishedBasis PublishedBasis,
    IReadOnlyList<CodedEvent> Events,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<string> Notes,
    StraitError? Error = null)
{
    public static AnalyzedDocument Failed(Document document, StraitError error) =>
        new(document.Published, document.PublishedBasis, [], [], [], error);

    /// <summary>What the store keeps: the events, the indicators, and a date the pipeline inferred.</summary>
    public DocumentAnalysis ToStored() =>
        new(Events, Indicators, PublishedBasis == PublishedBasis.Inferred ? Published : null);
}
