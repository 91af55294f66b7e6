using Strait.Core.Events;

namespace Strait.Analysis.Index;

/// <summary>
/// Everything the relations index is computed with, read from <c>data/index/weights.yaml</c> (or a user's
/// file): a weight per PLOVER type on a Goldstein-like scale (−10 conflict … +10 cooperation), the memory of
/// the index, how coarse dates are attributed to months, which third-party events count, and the normal band.
/// </summary>
/// <param name="Weights">The weight of one event of each type; every one of the 16 types has one.</param>
/// <param name="HalfLifeMonths">After this many months an event's effect on the level has halved.</param>
/// <param name="PlannedFactor">Share of the weight given to an event reported as planned, not yet done.</param>
/// <param name="MaxSpreadMonths">Events whose dates cover more months than this are background, not counted.</param>
/// <param name="ThirdParty">Which events with a third country count, and at what share.</param>
/// <param name="Band">How the normal relations range is drawn.</param>
/// <param name="Source">The file the settings came from, for reports.</param>
public sealed record IndexSettings(
    IReadOnlyDictionary<EventType, double> Weights,
    double HalfLifeMonths,
    double PlannedFactor,
    int MaxSpreadMonths,
    ThirdPartyRule ThirdParty,
    BandSettings Band,
    string Source)
{
    /// <summary>The share of last month's level carried into this month: 0.5^(1 / half-life).</summary>
    public double Decay => Math.Pow(0.5, 1.0 / HalfLifeMonths);

    public double WeightOf(EventType type) => Weights[type];
}

/// <summary>
/// Events between South Korea or Japan and one of <see cref="Countries"/> (a trilateral step with the United
/// States) bear on the dyad when their issue is one of <see cref="Issues"/>; they count at <see cref="Factor"/>.
/// </summary>
public sealed record ThirdPartyRule(IReadOnlySet<string> Countries, IReadOnlySet<Issue> Issues, double Factor);

/// <summary>
/// The normal relations range of a month: the median of the index over the trailing
/// <see cref="WindowMonths"/> months ± <see cref="Width"/> × the scaled median absolute deviation (×1.4826, so
/// that it estimates a standard deviation), and never narrower than ± <see cref="MinHalfWidth"/>. No band is drawn
/// before <see cref="MinMonths"/> months of history exist.
/// </summary>
public sealed record BandSettings(int WindowMonths, int MinMonths, double Width, double MinHalfWidth);
