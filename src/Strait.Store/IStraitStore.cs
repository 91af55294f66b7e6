using Strait.Core.Documents;

namespace Strait.Store;

/// <summary>
/// Where Strait keeps what it has read and found: documents, the events coded from them with their evidence,
/// and the indicators they report. Every write is one transaction: a document is stored whole with its
/// analysis, or not at all. Backends (SQLite now, PostgreSQL later) pass the same contract tests.
/// </summary>
public interface IStraitStore : IDisposable
{
    /// <summary>True when a document with this content id is stored.</summary>
    bool HasDocument(string documentId);

    /// <summary>
    /// Stores the document, with its analysis when given, in one transaction. A document whose content id is
    /// already stored is a duplicate: nothing is written.
    /// </summary>
    DocumentAdded AddDocument(Document document, DocumentAnalysis? analysis = null);

    /// <summary>Replaces the stored analysis of a document (its evidence, the events left without evidence, its indicators) in one transaction.</summary>
    void SaveAnalysis(string documentId, DocumentAnalysis analysis);

    Document? FindDocument(string documentId);

    /// <summary>Every document, by publication date (undated last), with its size and event count.</summary>
    IReadOnlyList<DocumentSummary> Documents();

    /// <summary>The events that pass the query, in date order (undated last), each with all its evidence.</summary>
    IReadOnlyList<StoredEvent> Events(EventQuery query);

    /// <summary>The indicators of one document, or of all documents when <paramref name="documentId"/> is null.</summary>
    IReadOnlyList<StoredIndicator> Indicators(string? documentId = null);
}
