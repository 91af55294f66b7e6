using Strait.Core;

namespace Strait.Cli.Ingestion;

/// <summary>What one <c>strait ingest</c> run did, for its summary.</summary>
public sealed class IngestTally
{
    public int Files { get; set; }

    public int NewDocuments { get; set; }

    public int Duplicates { get; set; }

    /// <summary>Documents of earlier runs analysed again (<c>--reanalyze</c>).</summary>
    public int Reanalysed { get; set; }

    public int Events { get; set; }

    public int Indicators { get; set; }

    public List<StraitError> Failures { get; } = [];
}
