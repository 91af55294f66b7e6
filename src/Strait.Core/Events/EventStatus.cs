namespace Strait.Core.Events;

/// <summary>Whether an event happened or is reported as scheduled or announced.</summary>
public enum EventStatus
{
    Occurred,
    Planned,
}
