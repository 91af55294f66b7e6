using NodaTime;
using Strait.Core.Actors;

namespace Strait.Report;

/// <summary>A leader's term in office: a South Korean president or a Japanese prime minister.</summary>
public sealed record LeaderTerm(string Country, string Name, LocalDate From, LocalDate? To)
{
    /// <summary>The name as written on a chart: the family name (first for Korean names, last for Japanese ones as the data writes them).</summary>
    public string ShortName => Country == "KOR" ? Name.Split(' ')[0] : Name.Split(' ')[^1];

    /// <summary>
    /// The terms of the heads of the two governments among the people Strait knows: roles of KORGOV titled
    /// "president" and of JPNGOV titled "prime minister" (data/actors/people.yaml), in time order.
    /// </summary>
    public static IReadOnlyList<LeaderTerm> Of(IEnumerable<Person> people) =>
        people.SelectMany(p => p.Roles.Where(IsHeadOfGovernment).Select(r => new LeaderTerm(r.Actor.Country, p.Name, r.From, r.To)))
            .OrderBy(t => t.Country, StringComparer.Ordinal)
            .ThenBy(t => t.From)
            .ToList();

    private static bool IsHeadOfGovernment(RoleTerm role) =>
        role.Actor.Role == ActorRole.GOV &&
        ((role.Actor.Country == "KOR" && string.Equals(role.Title, "president", StringComparison.OrdinalIgnoreCase)) ||
         (role.Actor.Country == "JPN" && string.Equals(role.Title, "prime minister", StringComparison.OrdinalIgnoreCase)));
}
