using Strait.Core.Actors;
using Strait.Core.Time;

namespace Strait.Core.Events;

/// <summary>One event as a careful analyst codes it (FORMAT.md), with the evidence for it.</summary>
public sealed record CodedEvent(
    EventType Type,
    EventStatus Status,
    ActorCode Source,
    ActorCode Target,
    PartialDate? When,
    Issue Issue,
    IReadOnlyList<Evidence> Evidence,
    double Confidence)
{
    /// <summary>A stable id from what the event is: the same type, actors and date give the same id.</summary>
    public string Key => $"{When}|{Source}|{Target}|{Type}";
}
