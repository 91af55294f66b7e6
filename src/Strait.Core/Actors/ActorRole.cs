namespace Strait.Core.Actors;

/// <summary>The role part of an actor code (FORMAT.md). <see cref="None"/> is the country as a whole.</summary>
public enum ActorRole
{
    None,
    GOV,
    MIL,
    JUD,
    LEG,
    OPP,
    BUS,
    CVL,
    MED,
}
