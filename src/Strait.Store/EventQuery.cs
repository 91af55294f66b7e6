using Strait.Core.Events;
using Strait.Core.Time;

namespace Strait.Store;

/// <summary>
/// Which events to list. Every filter is optional. <see cref="From"/> and <see cref="To"/> keep the events whose
/// dates overlap the range from the first day of <see cref="From"/> to the last day of <see cref="To"/>
/// (undated events are dropped when either is given). <see cref="Actor"/> is a code prefix matched against the
/// source or the target: <c>KOR</c> matches <c>KOR</c>, <c>KORGOV</c> and <c>KORMIL</c>.
/// </summary>
public sealed record EventQuery(
    PartialDate? From = null,
    PartialDate? To = null,
    Issue? Issue = null,
    EventType? Type = null,
    string? Actor = null)
{
    public static EventQuery All { get; } = new();
}
