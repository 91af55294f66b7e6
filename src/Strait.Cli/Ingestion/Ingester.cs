using Strait.Core;
using Strait.Core.Documents;
using Strait.Ingest;
using Strait.Store;

namespace Strait.Cli.Ingestion;

/// <summary>
/// Reads one file's documents, analyses the new ones and stores each with its analysis in one transaction.
/// A document already stored is a duplicate: it is neither stored again nor, unless asked, analysed again.
/// </summary>
public sealed class Ingester(ArticleReader reader, IStraitStore store, IDocumentAnalyzer analyzer, bool reanalyse)
{
    /// <summary>What one file gave, for the per-file line.</summary>
    public sealed record FileResult(int New, int Duplicates, int Events, IReadOnlyList<StraitError> Failures);

    public FileResult IngestFile(string path, IngestTally tally)
    {
        tally.Files++;
        int added = 0, duplicates = 0, events = 0;
        var failures = new List<StraitError>();
        foreach (var read in reader.ReadFile(path))
        {
            if (!read.Success)
            {
                failures.Add(read.Error!);
                continue;
            }

            var document = read.Value;
            var known = store.HasDocument(document.Id);
            if (known && !reanalyse)
            {
                duplicates++;
                continue;
            }

            var analysed = analyzer.Analyze(document);
            if (analysed.Error is { } error)
            {
                failures.Add(error with { Where = error.Where ?? document.Source });
            }

            var analysis = analysed.ToStored();
            if (known)
            {
                store.SaveAnalysis(document.Id, analysis);
                duplicates++;
                tally.Reanalysed++;
            }
            else if (store.AddDocument(WithInferredDate(document, analysed), analysis) == DocumentAdded.New)
            {
                added++;
            }
            else
            {
                duplicates++;
                continue;
            }

            events += analysis.Events.Count;
            tally.Indicators += analysis.Indicators.Count;
        }

        tally.NewDocuments += added;
        tally.Duplicates += duplicates;
        tally.Events += events;
        tally.Failures.AddRange(failures);
        return new FileResult(added, duplicates, events, failures);
    }

    private static Document WithInferredDate(Document document, AnalyzedDocument analysed) =>
        document.Published is null && analysed.PublishedBasis == PublishedBasis.Inferred && analysed.Published is not null
            ? document with { Published = analysed.Published, PublishedBasis = PublishedBasis.Inferred }
            : document;
}
