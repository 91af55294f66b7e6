namespace Strait.Store.Relational;

/// <summary>The shapes rows come back in; the SQL aliases its columns to these property names.</summary>
internal static class Rows
{
    internal sealed class DocumentRow
    {
        public string Id { get; set; } = "";
        public string? Title { get; set; }
        public string Source { get; set; } = "";
        public string? Published { get; set; }
        public string PublishedBasis { get; set; } = "";
        public string Text { get; set; } = "";
    }

    internal sealed class DocumentSummaryRow
    {
        public string Id { get; set; } = "";
        public string? Title { get; set; }
        public string Source { get; set; } = "";
        public string? Published { get; set; }
        public string PublishedBasis { get; set; } = "";
        public long Characters { get; set; }
        public long Events { get; set; }
    }

    internal sealed class MergeCandidateRow
    {
        public long Id { get; set; }
        public string Type { get; set; } = "";
        public string Source { get; set; } = "";
        public string Target { get; set; } = "";
        public string? WhenText { get; set; }
        public double Confidence { get; set; }
    }

    internal sealed class EventEvidenceRow
    {
        public long Id { get; set; }
        public string Type { get; set; } = "";
        public string Status { get; set; } = "";
        public string Source { get; set; } = "";
        public string Target { get; set; } = "";
        public string? WhenText { get; set; }
        public string Issue { get; set; } = "";
        public double Confidence { get; set; }
        public string? DocumentId { get; set; }
        public long StartOffset { get; set; }
        public long EndOffset { get; set; }
        public string EvidenceText { get; set; } = "";
        public string? EvidenceSource { get; set; }
    }

    internal sealed class IndicatorRow
    {
        public string? DocumentId { get; set; }
        public string Measure { get; set; } = "";
        public string Population { get; set; } = "";
        public double Value { get; set; }
        public string Unit { get; set; } = "";
        public string? WhenText { get; set; }
        public string By { get; set; } = "";
        public long StartOffset { get; set; }
        public long EndOffset { get; set; }
        public string EvidenceText { get; set; } = "";
        public string? EvidenceSource { get; set; }
    }

    internal sealed class KnowledgeCountsRow
    {
        public long Events { get; set; }
        public long MergedWithArticles { get; set; }
        public long Observations { get; set; }
    }

    internal sealed class SeriesRow
    {
        public string Series { get; set; } = "";
        public string Measure { get; set; } = "";
        public string Population { get; set; } = "";
        public double Value { get; set; }
        public string Unit { get; set; } = "";
        public string? WhenText { get; set; }
        public string By { get; set; } = "";
        public string? Mode { get; set; }
        public long SeriesBreak { get; set; }
        public string? Note { get; set; }
        public string EvidenceText { get; set; } = "";
        public string? EvidenceSource { get; set; }
    }

    internal sealed class SimulationRow
    {
        public long Id { get; set; }
        public string Scenario { get; set; } = "";
        public string ScenarioPath { get; set; } = "";
        public string ScenarioText { get; set; } = "";
        public string ScenarioHash { get; set; } = "";
        public string Seed { get; set; } = "";
        public long Runs { get; set; }
        public string StartMonth { get; set; } = "";
        public long Months { get; set; }
        public string Parameters { get; set; } = "";
        public string ParameterFile { get; set; } = "";
        public string? CodeVersion { get; set; }
        public string? DataVersion { get; set; }
        public string CreatedAt { get; set; } = "";
        public double Seconds { get; set; }
    }

    internal sealed class SimulationQuantileRow
    {
        public string Variable { get; set; } = "";
        public string Month { get; set; } = "";
        public double P5 { get; set; }
        public double P25 { get; set; }
        public double P50 { get; set; }
        public double P75 { get; set; }
        public double P95 { get; set; }
        public double Mean { get; set; }
    }

    internal sealed class SimulationOutcomeRow
    {
        public long SimulationId { get; set; }
        public string Name { get; set; } = "";
        public string Description { get; set; } = "";
        public double Probability { get; set; }
    }
}
