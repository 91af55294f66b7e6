namespace Strait.Core.Time;

/// <summary>How precisely a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
    /// <summary>A span between two partial dates, written <c>start/end</c> (ISO 8601 interval).</summary>
    Interval,
}
