using Strait.Store.Relational;

namespace Strait.Store.Sqlite;

/// <summary>Every SQL statement of the SQLite backend, its schema migrations first.</summary>
internal static class SqliteSql
{
    private const string EventColumns =
        "ev.id AS Id, ev.type AS Type, ev.status AS Status, ev.source AS Source, ev.target AS Target, " +
        "ev.when_text AS WhenText, ev.issue AS Issue, ev.confidence AS Confidence";

    private const string SimulationColumns =
        "id AS Id, scenario AS Scenario, scenario_path AS ScenarioPath, scenario_hash AS ScenarioHash, seed AS Seed, " +
        "runs AS Runs, start_month AS StartMonth, months AS Months, parameter_file AS ParameterFile, " +
        "code_version AS CodeVersion, data_version AS DataVersion, created_at AS CreatedAt, seconds AS Seconds";

    public static StoreSql Statements { get; } = new()
    {
        CreateSchemaVersion =
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL)",
        CurrentVersion = "SELECT MAX(version) FROM schema_version",
        RecordVersion = "INSERT INTO schema_version (version, description) VALUES (@Version, @Description)",
        Migrations =
        [
            new Migration(1, "documents, events with evidence, indicators", """
                CREATE TABLE documents (
                    id              TEXT PRIMARY KEY,
                    title           TEXT,
                    source          TEXT NOT NULL,
                    published       TEXT,
                    published_basis TEXT NOT NULL,
                    text            TEXT NOT NULL,
                    characters      INTEGER NOT NULL
                );
                CREATE TABLE events (
                    id         INTEGER PRIMARY KEY AUTOINCREMENT,
                    type       TEXT NOT NULL,
                    status     TEXT NOT NULL,
                    source     TEXT NOT NULL,
                    target     TEXT NOT NULL,
                    when_text  TEXT,
                    start_day  TEXT,
                    end_day    TEXT,
                    issue      TEXT NOT NULL,
                    confidence REAL NOT NULL
                );
                CREATE INDEX events_by_day ON events (start_day, end_day);
                CREATE INDEX events_by_actors ON events (type, source, target);
                CREATE TABLE evidence (
                    id           INTEGER PRIMARY KEY AUTOINCREMENT,
                    event_id     INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
                    document_id  TEXT REFERENCES documents (id) ON DELETE CASCADE,
                    start_offset INTEGER NOT NULL,
                    end_offset   INTEGER NOT NULL,
                    text         TEXT NOT NULL,
                    source       TEXT
                );
                CREATE INDEX evidence_by_event ON evidence (event_id);
                CREATE INDEX evidence_by_document ON evidence (document_id);
                CREATE TABLE indicators (
                    id              INTEGER PRIMARY KEY AUTOINCREMENT,
                    document_id     TEXT REFERENCES documents (id) ON DELETE CASCADE,
                    measure         TEXT NOT NULL,
                    population      TEXT NOT NULL,
                    value           REAL NOT NULL,
                    unit            TEXT NOT NULL,
                    when_text       TEXT,
                    start_day       TEXT,
                    end_day         TEXT,
                    by_whom         TEXT NOT NULL,
                    start_offset    INTEGER NOT NULL,
                    end_offset      INTEGER NOT NULL,
                    evidence_text   TEXT NOT NULL,
                    evidence_source TEXT
                );
                CREATE INDEX indicators_by_document ON indicators (document_id);
                """),
            new Migration(2, "sourced knowledge: indicator series beside the documents' indicators", """
                ALTER TABLE indicators ADD COLUMN series TEXT;
                ALTER TABLE indicators ADD COLUMN mode TEXT;
                ALTER TABLE indicators ADD COLUMN series_break INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE indicators ADD COLUMN note TEXT;
                CREATE INDEX indicators_by_series ON indicators (series, start_day) WHERE document_id IS NULL;
                CREATE INDEX evidence_without_document ON evidence (event_id) WHERE document_id IS NULL;
                """),
            new Migration(3, "simulation runs with their seed, parameters, quantiles and outcome probabilities", """
                CREATE TABLE simulations (
                    id             INTEGER PRIMARY KEY AUTOINCREMENT,
                    scenario       TEXT NOT NULL,
                    scenario_path  TEXT NOT NULL,
                    scenario_text  TEXT NOT NULL,
                    scenario_hash  TEXT NOT NULL,
                    seed           TEXT NOT NULL,
                    runs           INTEGER NOT NULL,
                    start_month    TEXT NOT NULL,
                    months         INTEGER NOT NULL,
                    parameters     TEXT NOT NULL,
                    parameter_file TEXT NOT NULL,
                    code_version   TEXT,
                    data_version   TEXT,
                    created_at     TEXT NOT NULL,
                    seconds        REAL NOT NULL
                );
                CREATE INDEX simulations_by_scenario ON simulations (scenario, seed);
                CREATE TABLE simulation_quantiles (
                    id            INTEGER PRIMARY KEY AUTOINCREMENT,
                    simulation_id INTEGER NOT NULL REFERENCES simulations (id) ON DELETE CASCADE,
                    variable      TEXT NOT NULL,
                    month         TEXT NOT NULL,
                    p5            REAL NOT NULL,
                    p25           REAL NOT NULL,
                    p50           REAL NOT NULL,
                    p75           REAL NOT NULL,
                    p95           REAL NOT NULL,
                    mean          REAL NOT NULL,
                    UNIQUE (simulation_id, variable, month)
                );
                CREATE TABLE simulation_outcomes (
                    id            INTEGER PRIMARY KEY AUTOINCREMENT,
                    simulation_id INTEGER NOT NULL REFERENCES simulations (id) ON DELETE CASCADE,
                    name          TEXT NOT NULL,
                    description   TEXT NOT NULL,
                    probability   REAL NOT NULL CHECK (probability BETWEEN 0 AND 1),
                    UNIQUE (simulation_id, name)
                );
                """),
        ],

        DocumentExists = "SELECT 1 FROM documents WHERE id = @Id",
        InsertDocument = """
            INSERT INTO documents (id, title, source, published, published_basis, text, characters)
            VALUES (@Id, @Title, @Source, @Published, @PublishedBasis, @Text, @Characters)
            ON CONFLICT (id) DO NOTHING
            """,
        UpdateInferredPublished = """
            UPDATE documents SET published = @Published, published_basis = @PublishedBasis
            WHERE id = @Id AND published_basis IN ('unknown', 'inferred')
            """,
        SelectDocument = """
            SELECT id AS Id, title AS Title, source AS Source, published AS Published,
                   published_basis AS PublishedBasis, text AS Text
            FROM documents WHERE id = @Id
            """,
        SelectDocumentSummaries = """
            SELECT d.id AS Id, d.title AS Title, d.source AS Source, d.published AS Published,
                   d.published_basis AS PublishedBasis, d.characters AS Characters,
                   (SELECT COUNT(DISTINCT x.event_id) FROM evidence x WHERE x.document_id = d.id) AS Events
            FROM documents d
            ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published, d.source, d.id
            """,

        DeleteEvidenceOfDocument = "DELETE FROM evidence WHERE document_id = @DocumentId",
        DeleteEventsWithoutEvidence =
            "DELETE FROM events WHERE NOT EXISTS (SELECT 1 FROM evidence x WHERE x.event_id = events.id)",
        DeleteIndicatorsOfDocument = "DELETE FROM indicators WHERE document_id = @DocumentId",
        SelectMergeCandidates = """
            SELECT id AS Id, type AS Type, source AS Source, target AS Target, when_text AS WhenText, confidence AS Confidence
            FROM events
            WHERE type = @Type AND ((source = @Source AND target = @Target) OR (source = @Target AND target = @Source))
            ORDER BY id
            """,
        InsertEvent = """
            INSERT INTO events (type, status, source, target, when_text, start_day, end_day, issue, confidence)
            VALUES (@Type, @Status, @Source, @Target, @WhenText, @StartDay, @EndDay, @Issue, @Confidence)
            RETURNING id
            """,
        UpdateEventConfidence = "UPDATE events SET confidence = @Confidence WHERE id = @Id",
        InsertEvidence = """
            INSERT INTO evidence (event_id, document_id, start_offset, end_offset, text, source)
            VALUES (@EventId, @DocumentId, @StartOffset, @EndOffset, @Text, @Source)
            """,
        InsertIndicator = """
            INSERT INTO indicators (document_id, measure, population, value, unit, when_text, start_day, end_day,
                                    by_whom, start_offset, end_offset, evidence_text, evidence_source,
                                    series, mode, series_break, note)
            VALUES (@DocumentId, @Measure, @Population, @Value, @Unit, @WhenText, @StartDay, @EndDay,
                    @By, @StartOffset, @EndOffset, @EvidenceText, @EvidenceSource,
                    @Series, @Mode, @SeriesBreak, @Note)
            """,
        DeleteSourcedEvidence = "DELETE FROM evidence WHERE document_id IS NULL",
        DeleteSeries = "DELETE FROM indicators WHERE document_id IS NULL",
        SelectKnowledgeCounts = """
            SELECT (SELECT COUNT(DISTINCT x.event_id) FROM evidence x WHERE x.document_id IS NULL) AS Events,
                   (SELECT COUNT(DISTINCT x.event_id) FROM evidence x
                    WHERE x.document_id IS NULL
                      AND EXISTS (SELECT 1 FROM evidence y WHERE y.event_id = x.event_id AND y.document_id IS NOT NULL)) AS MergedWithArticles,
                   (SELECT COUNT(*) FROM indicators WHERE document_id IS NULL) AS Observations
            """,
        SelectSeries = """
            SELECT series AS Series, measure AS Measure, population AS Population, value AS Value, unit AS Unit,
                   when_text AS WhenText, by_whom AS By, mode AS Mode, series_break AS SeriesBreak, note AS Note,
                   evidence_text AS EvidenceText, evidence_source AS EvidenceSource
            FROM indicators
            WHERE document_id IS NULL AND (@Series IS NULL OR series = @Series)
            ORDER BY series, CASE WHEN start_day IS NULL THEN 1 ELSE 0 END, start_day, id
            """,

        SelectEvents = $"""
            SELECT {EventColumns},
                   x.document_id AS DocumentId, x.start_offset AS StartOffset, x.end_offset AS EndOffset,
                   x.text AS EvidenceText, x.source AS EvidenceSource
            FROM events ev
            JOIN evidence x ON x.event_id = ev.id
            WHERE (@FromDay IS NULL OR (ev.end_day IS NOT NULL AND ev.end_day >= @FromDay))
              AND (@ToDay IS NULL OR (ev.start_day IS NOT NULL AND ev.start_day <= @ToDay))
              AND (@Issue IS NULL OR ev.issue = @Issue)
              AND (@Type IS NULL OR ev.type = @Type)
              AND (@ActorPrefix IS NULL OR ev.source LIKE @ActorPrefix OR ev.target LIKE @ActorPrefix)
            ORDER BY CASE WHEN ev.start_day IS NULL THEN 1 ELSE 0 END, ev.start_day, ev.end_day, ev.id, x.id
            """,
        InsertSimulation = """
            INSERT INTO simulations (scenario, scenario_path, scenario_text, scenario_hash, seed, runs, start_month, months,
                                     parameters, parameter_file, code_version, data_version, created_at, seconds)
            VALUES (@Scenario, @ScenarioPath, @ScenarioText, @ScenarioHash, @Seed, @Runs, @StartMonth, @Months,
                    @Parameters, @ParameterFile, @CodeVersion, @DataVersion, @CreatedAt, @Seconds)
            RETURNING id
            """,
        InsertSimulationQuantile = """
            INSERT INTO simulation_quantiles (simulation_id, variable, month, p5, p25, p50, p75, p95, mean)
            VALUES (@SimulationId, @Variable, @Month, @P5, @P25, @P50, @P75, @P95, @Mean)
            """,
        InsertSimulationOutcome = """
            INSERT INTO simulation_outcomes (simulation_id, name, description, probability)
            VALUES (@SimulationId, @Name, @Description, @Probability)
            """,
        SelectSimulations = $"SELECT {SimulationColumns} FROM simulations ORDER BY id",
        SelectSimulation = $"SELECT {SimulationColumns}, scenario_text AS ScenarioText, parameters AS Parameters FROM simulations WHERE id = @Id",
        SelectSimulationQuantiles = """
            SELECT variable AS Variable, month AS Month, p5 AS P5, p25 AS P25, p50 AS P50, p75 AS P75, p95 AS P95, mean AS Mean
            FROM simulation_quantiles WHERE simulation_id = @Id ORDER BY id
            """,
        SelectSimulationOutcomes = """
            SELECT simulation_id AS SimulationId, name AS Name, description AS Description, probability AS Probability
            FROM simulation_outcomes WHERE @Id IS NULL OR simulation_id = @Id ORDER BY simulation_id, id
            """,
        SelectIndicators = """
            SELECT document_id AS DocumentId, measure AS Measure, population AS Population, value AS Value,
                   unit AS Unit, when_text AS WhenText, by_whom AS By, start_offset AS StartOffset,
                   end_offset AS EndOffset, evidence_text AS EvidenceText, evidence_source AS EvidenceSource
            FROM indicators
            WHERE document_id IS NOT NULL AND (@DocumentId IS NULL OR document_id = @DocumentId)
            ORDER BY CASE WHEN start_day IS NULL THEN 1 ELSE 0 END, start_day, id
            """,
    };
}
