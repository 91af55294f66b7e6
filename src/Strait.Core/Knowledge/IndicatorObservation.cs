using Strait.Core.Events;

namespace Strait.Core.Knowledge;

/// <summary>
/// One value of a built-in indicator series. <see cref="Mode"/> is how it was measured (face-to-face, mail);
/// <see cref="SeriesBreak"/> marks the first value after a change of method, which must not be smoothed over.
/// </summary>
public sealed record IndicatorObservation(string Series, Indicator Indicator, string? Mode, bool SeriesBreak, string? Note);
