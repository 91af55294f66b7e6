using NodaTime;

namespace Strait.Core.Actors;

/// <summary>
/// Everything known about actors, loaded from the knowledge files: countries, people with dated roles,
/// organisations and role words. Immutable once built; look-ups are case-insensitive.
/// </summary>
public sealed class ActorRegistry
{
    private readonly Dictionary<string, List<Person>> _peopleByName;
    private readonly Dictionary<string, Organisation> _organisationsByName;

    public ActorRegistry(
        IReadOnlyList<Country> countries,
        IReadOnlyList<Person> people,
        IReadOnlyList<Organisation> organisations,
        IReadOnlyList<RoleWord> roleWords)
    {
        Countries = countries;
        People = people;
        Organisations = organisations;
        RoleWords = roleWords;
        _peopleByName = new Dictionary<string, List<Person>>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people)
        {
            foreach (var name in person.AllNames.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!_peopleByName.TryGetValue(name, out var list))
                {
                    _peopleByName[name] = list = [];
                }

                list.Add(person);
            }
        }

        _organisationsByName = new Dictionary<string, Organisation>(StringComparer.OrdinalIgnoreCase);
        foreach (var organisation in organisations)
        {
            foreach (var name in organisation.AllNames)
            {
                _organisationsByName.TryAdd(name, organisation);
            }
        }
    }

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<Organisation> Organisations { get; }

    public IReadOnlyList<RoleWord> RoleWords { get; }

    /// <summary>
    /// The person a name refers to on a day: among the people who answer to the name, the one holding a role
    /// that day ("Lee" in 2012 is Lee Myung-bak, in 2025 Lee Jae Myung). When nobody holds a role that day,
    /// the one whose last role ended most recently before it; null when the name is unknown or the day is
    /// before every candidate's first role and the name is shared.
    /// </summary>
    public Person? ResolvePerson(string name, LocalDate on)
    {
        if (!_peopleByName.TryGetValue(name.Trim(), out var candidates))
        {
            return null;
        }

        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var holding = candidates.Where(p => p.RoleOn(on) is not null).ToList();
        if (holding.Count >= 1)
        {
            return holding.OrderByDescending(p => p.RoleOn(on)!.From).First();
        }

        return candidates
            .Select(p => (Person: p, LastEnd: p.Roles.Where(r => r.To is { } end && end < on).Select(r => r.To!.Value).DefaultIfEmpty(LocalDate.MinIsoValue).Max()))
            .Where(x => x.LastEnd != LocalDate.MinIsoValue)
            .OrderByDescending(x => x.LastEnd)
            .Select(x => x.Person)
            .FirstOrDefault();
    }

    /// <summary>The actor a person speaks for on a day, or null when they held no role then.</summary>
    public ActorCode? ActorOf(Person person, LocalDate on) => person.RoleOn(on)?.Actor;

    public Organisation? FindOrganisation(string name) =>
        _organisationsByName.TryGetValue(name.Trim(), out var organisation) ? organisation : null;

    public Country? FindCountry(string code) =>
        Countries.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
}
