using NodaTime;
using Strait.Analysis.Index;
using Strait.Core.Knowledge;

namespace Strait.Report;

/// <summary>Everything one report shows: the index with its events, the indicator series and the leaders' terms.</summary>
/// <param name="Index">The relations index built from almanac and extracted events.</param>
/// <param name="Indicators">The built-in indicator series (opinion polls among them).</param>
/// <param name="Leaders">Terms of South Korean presidents and Japanese prime ministers.</param>
/// <param name="GeneratedOn">The day the report is written (from the caller's clock).</param>
/// <param name="Documents">How many articles the database held, for the summary line.</param>
/// <param name="Settings">What the report draws that is a choice (data/report/settings.yaml): the opinion series and their caption.</param>
/// <param name="Simulation">Optional: the simulated index's quantiles, drawn as a fan chart after the measured index.</param>
public sealed record ReportInput(
    RelationsIndex Index,
    IReadOnlyList<IndicatorObservation> Indicators,
    IReadOnlyList<LeaderTerm> Leaders,
    LocalDate GeneratedOn,
    int Documents,
    ReportSettings Settings,
    SimulationFan? Simulation = null);
