using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Strait.Core.Documents;
using Strait.Core.Events;
using Strait.Core.Knowledge;

namespace Strait.Store.Relational;

/// <summary>
/// The store over any relational database: the logic (transactions, the merge of events, migrations) is here
/// once; a backend gives an open connection and its <see cref="StoreSql"/>.
/// </summary>
public abstract class RelationalStraitStore : IStraitStore
{
    private readonly DbConnection _connection;
    private readonly StoreSql _sql;

    protected RelationalStraitStore(DbConnection connection, StoreSql sql)
    {
        _connection = connection;
        _sql = sql;
    }

    /// <summary>The highest migration applied to the database.</summary>
    public int SchemaVersion => _connection.ExecuteScalar<int?>(_sql.CurrentVersion) ?? 0;

    /// <summary>The newest schema this code knows.</summary>
    public int LatestSchemaVersion => _sql.Migrations.Max(m => m.Version);

    /// <summary>
    /// Applies the migrations the database lacks, each in its own transaction. Returns the reason it cannot
    /// when the database was written by a newer schema than this code knows; null when all went well.
    /// </summary>
    protected string? Migrate()
    {
        _connection.Execute(_sql.CreateSchemaVersion);
        var current = SchemaVersion;
        if (current > LatestSchemaVersion)
        {
            return $"the database has schema version {current}, newer than this Strait knows ({LatestSchemaVersion})";
        }

        foreach (var migration in _sql.Migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            InTransaction(transaction =>
            {
                _connection.Execute(migration.Sql, transaction: transaction);
                _connection.Execute(_sql.RecordVersion, new { migration.Version, migration.Description }, transaction);
            });
        }

        return null;
    }

    public bool HasDocument(string documentId) =>
        _connection.ExecuteScalar<long?>(_sql.DocumentExists, new { Id = documentId }) is not null;

    public DocumentAdded AddDocument(Document document, DocumentAnalysis? analysis = null)
    {
        var added = DocumentAdded.Duplicate;
        InTransaction(transaction =>
        {
            var rows = _connection.Execute(_sql.InsertDocument, new
            {
                document.Id,
                document.Title,
                document.Source,
                Published = document.Published?.ToString(),
                PublishedBasis = StoredNames.Of(document.PublishedBasis),
                document.Text,
                Characters = document.Text.Length,
            }, transaction);
            if (rows == 0)
            {
                return;
            }

            added = DocumentAdded.New;
            if (analysis is not null)
            {
                WriteAnalysis(document.Id, analysis, transaction);
            }
        });
        return added;
    }

    public void SaveAnalysis(string documentId, DocumentAnalysis analysis)
    {
        if (!HasDocument(documentId))
        {
            throw new InvalidOperationException($"No document {documentId} is stored; add it before saving its analysis.");
        }

        InTransaction(transaction => WriteAnalysis(documentId, analysis, transaction));
    }

    public Document? FindDocument(string documentId)
    {
        var row = _connection.QuerySingleOrDefault<Rows.DocumentRow>(_sql.SelectDocument, new { Id = documentId });
        return row is null
            ? null
            : new Document(row.Id, row.Title, row.Source, StoredNames.Date(row.Published),
                StoredNames.Enum<PublishedBasis>(row.PublishedBasis), row.Text);
    }

    public IReadOnlyList<DocumentSummary> Documents() =>
        _connection.Query<Rows.DocumentSummaryRow>(_sql.SelectDocumentSummaries)
            .Select(r => new DocumentSummary(r.Id, r.Title, r.Source, StoredNames.Date(r.Published),
                StoredNames.Enum<PublishedBasis>(r.PublishedBasis), (int)r.Characters, (int)r.Events))
            .ToList();

    public IReadOnlyList<StoredEvent> Events(EventQuery query)
    {
        var rows = _connection.Query<Rows.EventEvidenceRow>(_sql.SelectEvents, new
        {
            FromDay = query.From is null ? null : StoredNames.Day(query.From.Start),
            ToDay = query.To is null ? null : StoredNames.Day(query.To.End),
            Issue = query.Issue is { } issue ? StoredNames.Of(issue) : null,
            Type = query.Type is { } type ? StoredNames.Of(type) : null,
            ActorPrefix = string.IsNullOrWhiteSpace(query.Actor) ? null : query.Actor.Trim().ToUpperInvariant() + "%",
        });

        // Rows come in event order, each event's evidence together.
        var events = new List<StoredEvent>();
        foreach (var group in rows.GroupBy(r => r.Id))
        {
            var first = group.First();
            var evidence = group
                .Select(r => new Evidence(r.DocumentId, (int)r.StartOffset, (int)r.EndOffset, r.EvidenceText, r.EvidenceSource))
                .ToList();
            events.Add(new StoredEvent(first.Id, new CodedEvent(
                StoredNames.Enum<EventType>(first.Type),
                StoredNames.Enum<EventStatus>(first.Status),
                StoredNames.Actor(first.Source),
                StoredNames.Actor(first.Target),
                StoredNames.Date(first.WhenText),
                StoredNames.Enum<Issue>(first.Issue),
                evidence,
                first.Confidence)));
        }

        return events;
    }

    public IReadOnlyList<StoredIndicator> Indicators(string? documentId = null) =>
        _connection.Query<Rows.IndicatorRow>(_sql.SelectIndicators, new { DocumentId = documentId })
            .Select(r => new StoredIndicator(r.DocumentId, new Indicator(r.Measure, r.Population, r.Value, r.Unit,
                StoredNames.Date(r.WhenText), r.By,
                new Evidence(r.DocumentId, (int)r.StartOffset, (int)r.EndOffset, r.EvidenceText, r.EvidenceSource))))
            .ToList();

    public KnowledgeSaved SaveKnowledge(SourcedKnowledge knowledge)
    {
        if (knowledge.Problem() is { } problem)
        {
            throw new ArgumentException($"Cannot store this knowledge: {problem}.", nameof(knowledge));
        }

        var events = new HashSet<long>();
        InTransaction(transaction =>
        {
            _connection.Execute(_sql.DeleteSourcedEvidence, transaction: transaction);
            _connection.Execute(_sql.DeleteEventsWithoutEvidence, transaction: transaction);
            _connection.Execute(_sql.DeleteSeries, transaction: transaction);
            foreach (var coded in knowledge.Events)
            {
                var eventId = FindSameEvent(coded, transaction) ?? InsertEvent(coded, transaction);
                events.Add(eventId);
                foreach (var item in coded.Evidence)
                {
                    _connection.Execute(_sql.InsertEvidence, new
                    {
                        EventId = eventId,
                        DocumentId = (string?)null,
                        StartOffset = item.Start,
                        EndOffset = item.End,
                        item.Text,
                        item.Source,
                    }, transaction);
                }
            }

            foreach (var observation in knowledge.Series)
            {
                InsertIndicator(observation.Indicator, observation, transaction);
            }
        });

        var counts = _connection.QuerySingle<Rows.KnowledgeCountsRow>(_sql.SelectKnowledgeCounts);
        return new KnowledgeSaved(knowledge.Events.Count, events.Count, (int)counts.MergedWithArticles, knowledge.Series.Count);
    }

    public KnowledgeCounts Knowledge()
    {
        var counts = _connection.QuerySingle<Rows.KnowledgeCountsRow>(_sql.SelectKnowledgeCounts);
        return new KnowledgeCounts((int)counts.Events, (int)counts.Observations);
    }

    public IReadOnlyList<IndicatorObservation> Series(string? series = null) =>
        _connection.Query<Rows.SeriesRow>(_sql.SelectSeries, new { Series = series })
            .Select(r => new IndicatorObservation(r.Series,
                new Indicator(r.Measure, r.Population, r.Value, r.Unit, StoredNames.Date(r.WhenText), r.By,
                    Evidence.FromSource(r.EvidenceText, r.EvidenceSource ?? "")),
                r.Mode, r.SeriesBreak != 0, r.Note))
            .ToList();

    public long SaveSimulation(SimulationRun run)
    {
        if (run.Problem() is { } problem)
        {
            throw new ArgumentException($"Cannot store this simulation: {problem}.", nameof(run));
        }

        long id = 0;
        InTransaction(transaction =>
        {
            id = _connection.ExecuteScalar<long>(_sql.InsertSimulation, new
            {
                run.Scenario,
                ScenarioPath = run.ScenarioFile.Path,
                ScenarioText = run.ScenarioFile.Text,
                ScenarioHash = run.ScenarioFile.Hash,
                Seed = run.Seed.ToString(CultureInfo.InvariantCulture),
                run.Runs,
                StartMonth = StoredNames.Month(run.Start),
                run.Months,
                Parameters = JsonSerializer.Serialize(run.Parameters),
                run.ParameterFile,
                run.CodeVersion,
                run.DataVersion,
                CreatedAt = StoredNames.Instant(run.CreatedAt),
                run.Seconds,
            }, transaction);
            _connection.Execute(_sql.InsertSimulationQuantile, run.Quantiles.Select(q => new
            {
                SimulationId = id,
                q.Variable,
                Month = StoredNames.Month(q.Month),
                q.P5,
                q.P25,
                q.P50,
                q.P75,
                q.P95,
                q.Mean,
            }), transaction);
            _connection.Execute(_sql.InsertSimulationOutcome, run.Outcomes.Select(o => new
            {
                SimulationId = id,
                o.Name,
                o.Description,
                o.Probability,
            }), transaction);
        });
        return id;
    }

    public IReadOnlyList<SimulationSummary> Simulations()
    {
        var outcomes = _connection.Query<Rows.SimulationOutcomeRow>(_sql.SelectSimulationOutcomes, new { Id = (long?)null })
            .ToLookup(o => o.SimulationId, o => new SimulationOutcome(o.Name, o.Description, o.Probability));
        return _connection.Query<Rows.SimulationRow>(_sql.SelectSimulations)
            .Select(r => new SimulationSummary(r.Id, r.Scenario, r.ScenarioHash, Seed(r.Seed), (int)r.Runs,
                StoredNames.Month(r.StartMonth), (int)r.Months, StoredNames.Instant(r.CreatedAt), outcomes[r.Id].ToList()))
            .ToList();
    }

    public StoredSimulation? Simulation(long id)
    {
        var row = _connection.QuerySingleOrDefault<Rows.SimulationRow>(_sql.SelectSimulation, new { Id = id });
        if (row is null)
        {
            return null;
        }

        var quantiles = _connection.Query<Rows.SimulationQuantileRow>(_sql.SelectSimulationQuantiles, new { Id = id })
            .Select(q => new SimulationQuantile(q.Variable, StoredNames.Month(q.Month), q.P5, q.P25, q.P50, q.P75, q.P95, q.Mean))
            .ToList();
        var outcomes = _connection.Query<Rows.SimulationOutcomeRow>(_sql.SelectSimulationOutcomes, new { Id = (long?)id })
            .Select(o => new SimulationOutcome(o.Name, o.Description, o.Probability))
            .ToList();
        var parameters = JsonSerializer.Deserialize<Dictionary<string, double>>(row.Parameters) ?? [];
        return new StoredSimulation(row.Id, new SimulationRun(
            row.Scenario,
            new ScenarioFile(row.ScenarioPath, row.ScenarioText, row.ScenarioHash),
            Seed(row.Seed),
            (int)row.Runs,
            StoredNames.Month(row.StartMonth),
            (int)row.Months,
            parameters,
            row.ParameterFile,
            row.CodeVersion,
            row.DataVersion,
            StoredNames.Instant(row.CreatedAt),
            row.Seconds,
            quantiles,
            outcomes));
    }

    public void Dispose()
    {
        _connection.Dispose();
        GC.SuppressFinalize(this);
    }

    private static ulong Seed(string text) => ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private void WriteAnalysis(string documentId, DocumentAnalysis analysis, DbTransaction transaction)
    {
        _connection.Execute(_sql.DeleteEvidenceOfDocument, new { DocumentId = documentId }, transaction);
        _connection.Execute(_sql.DeleteEventsWithoutEvidence, transaction: transaction);
        _connection.Execute(_sql.DeleteIndicatorsOfDocument, new { DocumentId = documentId }, transaction);

        if (analysis.InferredPublished is { } inferred)
        {
            _connection.Execute(_sql.UpdateInferredPublished, new
            {
                Id = documentId,
                Published = inferred.ToString(),
                PublishedBasis = StoredNames.Of(PublishedBasis.Inferred),
            }, transaction);
        }

        foreach (var coded in analysis.Events)
        {
            var eventId = FindSameEvent(coded, transaction) ?? InsertEvent(coded, transaction);
            var evidence = coded.Evidence.Count > 0 ? coded.Evidence : [new Evidence(documentId, 0, 0, "")];
            foreach (var item in evidence)
            {
                _connection.Execute(_sql.InsertEvidence, new
                {
                    EventId = eventId,
                    DocumentId = item.DocumentId ?? documentId,
                    StartOffset = item.Start,
                    EndOffset = item.End,
                    item.Text,
                    item.Source,
                }, transaction);
            }
        }

        foreach (var indicator in analysis.Indicators)
        {
            InsertIndicator(indicator with { Evidence = indicator.Evidence with { DocumentId = indicator.Evidence.DocumentId ?? documentId } },
                series: null, transaction);
        }
    }

    private void InsertIndicator(Indicator indicator, IndicatorObservation? series, DbTransaction transaction) =>
        _connection.Execute(_sql.InsertIndicator, new
        {
            indicator.Evidence.DocumentId,
            indicator.Measure,
            indicator.Population,
            indicator.Value,
            indicator.Unit,
            WhenText = indicator.When?.ToString(),
            StartDay = indicator.When is null ? null : StoredNames.Day(indicator.When.Start),
            EndDay = indicator.When is null ? null : StoredNames.Day(indicator.When.End),
            indicator.By,
            StartOffset = indicator.Evidence.Start,
            EndOffset = indicator.Evidence.End,
            EvidenceText = indicator.Evidence.Text,
            EvidenceSource = indicator.Evidence.Source,
            Series = series?.Series,
            series?.Mode,
            SeriesBreak = series?.SeriesBreak == true ? 1 : 0,
            series?.Note,
        }, transaction);

    /// <summary>The stored event this report is the same as (<see cref="EventMergeRule"/>), raising its confidence if need be.</summary>
    private long? FindSameEvent(CodedEvent coded, DbTransaction transaction)
    {
        var candidates = _connection.Query<Rows.MergeCandidateRow>(_sql.SelectMergeCandidates, new
        {
            Type = StoredNames.Of(coded.Type),
            Source = coded.Source.ToString(),
            Target = coded.Target.ToString(),
        }, transaction);
        var same = candidates.FirstOrDefault(c => EventMergeRule.IsSameEvent(
            StoredNames.Enum<EventType>(c.Type), StoredNames.Actor(c.Source), StoredNames.Actor(c.Target),
            StoredNames.Date(c.WhenText), coded));
        if (same is null)
        {
            return null;
        }

        var confidence = EventMergeRule.MergedConfidence(same.Confidence, coded.Confidence);
        if (confidence != same.Confidence)
        {
            _connection.Execute(_sql.UpdateEventConfidence, new { same.Id, Confidence = confidence }, transaction);
        }

        return same.Id;
    }

    private long InsertEvent(CodedEvent coded, DbTransaction transaction) =>
        _connection.ExecuteScalar<long>(_sql.InsertEvent, new
        {
            Type = StoredNames.Of(coded.Type),
            Status = StoredNames.Of(coded.Status),
            Source = coded.Source.ToString(),
            Target = coded.Target.ToString(),
            WhenText = coded.When?.ToString(),
            StartDay = coded.When is null ? null : StoredNames.Day(coded.When.Start),
            EndDay = coded.When is null ? null : StoredNames.Day(coded.When.End),
            Issue = StoredNames.Of(coded.Issue),
            coded.Confidence,
        }, transaction);

    private void InTransaction(Action<DbTransaction> work)
    {
        using var transaction = _connection.BeginTransaction();
        work(transaction);
        transaction.Commit();
    }
}
