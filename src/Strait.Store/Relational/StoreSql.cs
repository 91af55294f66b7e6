namespace Strait.Store.Relational;

/// <summary>
/// Every SQL statement a relational backend runs, so that each backend keeps its SQL in one place
/// (see <c>Sqlite/SqliteSql.cs</c>). Parameters are named <c>@Name</c> and columns are aliased to the names
/// of the row types in <see cref="Rows"/>.
/// </summary>
public sealed record StoreSql
{
    /// <summary>Creates <c>schema_version(version, description)</c> if missing.</summary>
    public required string CreateSchemaVersion { get; init; }

    /// <summary>Returns the highest applied version, or null.</summary>
    public required string CurrentVersion { get; init; }

    /// <summary>Records a migration: @Version, @Description.</summary>
    public required string RecordVersion { get; init; }

    public required IReadOnlyList<Migration> Migrations { get; init; }

    /// <summary>@Id → 1 when stored.</summary>
    public required string DocumentExists { get; init; }

    /// <summary>Inserts a document unless its id is stored; affects 0 rows for a duplicate.</summary>
    public required string InsertDocument { get; init; }

    /// <summary>@Id, @Published, @PublishedBasis: sets an inferred date on a document whose date is unknown or inferred.</summary>
    public required string UpdateInferredPublished { get; init; }

    /// <summary>@Id → one <see cref="Rows.DocumentRow"/>.</summary>
    public required string SelectDocument { get; init; }

    /// <summary>All <see cref="Rows.DocumentSummaryRow"/> by date, undated last.</summary>
    public required string SelectDocumentSummaries { get; init; }

    /// <summary>@DocumentId: removes the document's evidence rows.</summary>
    public required string DeleteEvidenceOfDocument { get; init; }

    /// <summary>Removes events that no evidence row supports any more.</summary>
    public required string DeleteEventsWithoutEvidence { get; init; }

    /// <summary>@DocumentId: removes the document's indicators.</summary>
    public required string DeleteIndicatorsOfDocument { get; init; }

    /// <summary>@Type, @Source, @Target → <see cref="Rows.MergeCandidateRow"/>s with these actors in either order, oldest first.</summary>
    public required string SelectMergeCandidates { get; init; }

    /// <summary>Inserts an event and returns its id.</summary>
    public required string InsertEvent { get; init; }

    /// <summary>@Id, @Confidence.</summary>
    public required string UpdateEventConfidence { get; init; }

    public required string InsertEvidence { get; init; }

    /// <summary>
    /// An indicator from a document (@DocumentId, @Series null) or a value of a series (@DocumentId null, @Series,
    /// @Mode, @SeriesBreak, @Note), with its evidence.
    /// </summary>
    public required string InsertIndicator { get; init; }

    /// <summary>Removes the evidence that names a source instead of a document (the built-in knowledge's).</summary>
    public required string DeleteSourcedEvidence { get; init; }

    /// <summary>Removes the values of the indicator series (the indicators without a document).</summary>
    public required string DeleteSeries { get; init; }

    /// <summary>→ one <see cref="Rows.KnowledgeCountsRow"/>: events with sourced evidence, those also reported by articles, series values.</summary>
    public required string SelectKnowledgeCounts { get; init; }

    /// <summary>@Series (null for all) → <see cref="Rows.SeriesRow"/>s by series and date.</summary>
    public required string SelectSeries { get; init; }

    /// <summary>
    /// Events joined with their evidence (<see cref="Rows.EventEvidenceRow"/>), in date order, undated last.
    /// Each filter parameter is null when unused: @FromDay, @ToDay (ISO days), @Issue, @Type, @ActorPrefix (with the wildcard).
    /// </summary>
    public required string SelectEvents { get; init; }

    /// <summary>@DocumentId (null for every document's) → <see cref="Rows.IndicatorRow"/>s; never the series values.</summary>
    public required string SelectIndicators { get; init; }

    /// <summary>
    /// Inserts a simulation and returns its id: @Scenario, @ScenarioPath, @ScenarioText, @ScenarioHash, @Seed (decimal
    /// text: a seed may exceed a signed 64-bit integer), @Runs, @StartMonth (YYYY-MM), @Months, @Parameters (a JSON
    /// object), @ParameterFile, @CodeVersion, @DataVersion, @CreatedAt (ISO instant), @Seconds.
    /// </summary>
    public required string InsertSimulation { get; init; }

    /// <summary>@SimulationId, @Variable, @Month, @P5, @P25, @P50, @P75, @P95, @Mean; one variable's month once per simulation.</summary>
    public required string InsertSimulationQuantile { get; init; }

    /// <summary>@SimulationId, @Name, @Description, @Probability; one name once per simulation.</summary>
    public required string InsertSimulationOutcome { get; init; }

    /// <summary>Every <see cref="Rows.SimulationRow"/>, oldest first, without <c>ScenarioText</c> and <c>Parameters</c>.</summary>
    public required string SelectSimulations { get; init; }

    /// <summary>@Id → one <see cref="Rows.SimulationRow"/>.</summary>
    public required string SelectSimulation { get; init; }

    /// <summary>@Id → its <see cref="Rows.SimulationQuantileRow"/>s in the order they were saved.</summary>
    public required string SelectSimulationQuantiles { get; init; }

    /// <summary>@Id (null for every simulation's) → <see cref="Rows.SimulationOutcomeRow"/>s by simulation, in the order they were saved.</summary>
    public required string SelectSimulationOutcomes { get; init; }
}
