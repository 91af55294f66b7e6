namespace Strait.Core.Events;

/// <summary>The 16 PLOVER event types (FORMAT.md).</summary>
public enum EventType
{
    AGREE,
    CONSULT,
    SUPPORT,
    CONCEDE,
    COOPERATE,
    AID,
    RETREAT,
    REQUEST,
    ACCUSE,
    REJECT,
    THREATEN,
    PROTEST,
    SANCTION,
    MOBILIZE,
    COERCE,
    ASSAULT,
}

public static class EventTypes
{
    /// <summary>Types whose source and target may be given in either order when scoring.</summary>
    public static bool IsSymmetric(EventType type) =>
        type is EventType.CONSULT or EventType.AGREE or EventType.COOPERATE;
}
