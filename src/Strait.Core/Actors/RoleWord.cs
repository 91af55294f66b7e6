namespace Strait.Core.Actors;

/// <summary>A word that names a role inside a country ("lawmakers" is LEG, "shop owners" CVL).</summary>
public sealed record RoleWord(string Phrase, ActorRole Role);
