namespace Strait.Core.Actors;

/// <summary>A named person with the names the news uses for them and the roles they held.</summary>
public sealed record Person(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<RoleTerm> Roles, string? Note = null)
{
    /// <summary>The role held on a day, if any (the latest-starting when terms overlap).</summary>
    public RoleTerm? RoleOn(NodaTime.LocalDate day) =>
        Roles.Where(r => r.Covers(day)).OrderByDescending(r => r.From).FirstOrDefault();

    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}
