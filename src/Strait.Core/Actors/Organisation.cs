namespace Strait.Core.Actors;

/// <summary>A court, parliament, party, firm or international body, with the actor code it stands for.</summary>
public sealed record Organisation(string Name, IReadOnlyList<string> Aliases, ActorCode Actor, string Kind, string Source)
{
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}
