using Strait.Core.Documents;
using Strait.Core.Knowledge;

namespace Strait.Store;

/// <summary>
/// Where Strait keeps what it has read and found: documents, the events coded from them with their evidence,
/// and the indicators they report; and beside them the built-in knowledge (the almanac's events, whose evidence
/// names a source instead of a document, and the indicator series), merged with the articles' events by
/// <see cref="EventMergeRule"/> so that an event both report is one event with both pieces of evidence. Every write is one transaction: a document is stored whole with its
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

    /// <summary>The indicators of one document, or of all documents when <paramref name="documentId"/> is null (never the series of <see cref="Series"/>).</summary>
    IReadOnlyList<StoredIndicator> Indicators(string? documentId = null);

    /// <summary>
    /// Replaces the stored sourced knowledge in one transaction: the evidence without a document (and the events
    /// left without evidence) and the indicator series. Each event is merged into a stored event it is the same as
    /// (<see cref="EventMergeRule"/>), from an article or from the knowledge itself, or stored as a new one.
    /// Throws <see cref="ArgumentException"/> when an event's evidence or a value names no source or names a document.
    /// </summary>
    KnowledgeSaved SaveKnowledge(SourcedKnowledge knowledge);

    /// <summary>How many events with sourced evidence and how many series values are stored.</summary>
    KnowledgeCounts Knowledge();

    /// <summary>The stored values of the indicator series, by series and date; one series when <paramref name="series"/> is given.</summary>
    IReadOnlyList<IndicatorObservation> Series(string? series = null);

    /// <summary>
    /// Stores a simulation with its quantiles and outcomes in one transaction and returns its id. Throws
    /// <see cref="ArgumentException"/> when the run has a <see cref="SimulationRun.Problem"/>; when a variable's
    /// month or an outcome's name comes twice, the database refuses it and nothing is stored.
    /// </summary>
    long SaveSimulation(SimulationRun run);

    /// <summary>Every stored simulation, oldest first, with its outcomes' probabilities but not its quantiles.</summary>
    IReadOnlyList<SimulationSummary> Simulations();

    /// <summary>One stored simulation whole (quantiles in the order they were saved), or null when no simulation has this id.</summary>
    StoredSimulation? Simulation(long id);
}
