using NodaTime;
using NodaTime.Text;
using Strait.Core.Actors;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Strait.Core.Knowledge;

/// <summary>
/// Reads <c>actors/countries.yaml</c>, <c>actors/people.yaml</c>, <c>actors/organisations.yaml</c> and
/// <c>actors/roles.yaml</c> under a data folder (formats in data/README.md) and checks every entry: actor
/// codes through <see cref="ActorCode.Parse"/>, dates as ISO days, terms that end before they start, missing
/// sources. The first problem found is returned as an STR110 error naming the file and the entry.
/// </summary>
public static class ActorKnowledgeLoader
{
    public const string CountriesFile = "actors/countries.yaml";
    public const string PeopleFile = "actors/people.yaml";
    public const string OrganisationsFile = "actors/organisations.yaml";
    public const string RolesFile = "actors/roles.yaml";

    private static readonly LocalDatePattern IsoDay = LocalDatePattern.Iso;

    /// <summary>Loads the actor registry from a data folder (as found by <see cref="DataDirectory.Locate()"/>).</summary>
    public static Outcome<ActorRegistry> Load(string dataDirectory)
    {
        var knowledge = LoadKnowledge(dataDirectory);
        return knowledge.Success ? Outcome<ActorRegistry>.Ok(knowledge.Value.Registry) : Outcome<ActorRegistry>.Fail(knowledge.Error!);
    }

    /// <summary>Loads only the countries (<c>actors/countries.yaml</c>): for readers that need their names or places, not the registry.</summary>
    public static Outcome<IReadOnlyList<Country>> LoadCountries(string dataDirectory)
    {
        try
        {
            var countriesFile = Read<CountriesFile>(dataDirectory, CountriesFile);
            var countries = Required(countriesFile.Countries, CountriesFile, "countries").Select((e, i) => ToCountry(e, i)).ToList();
            CheckUnique(countries.Select(c => c.Code), CountriesFile, "code");
            return Outcome<IReadOnlyList<Country>>.Ok(countries);
        }
        catch (KnowledgeFileException problem)
        {
            return Outcome<IReadOnlyList<Country>>.Fail(problem.Error);
        }
    }

    /// <summary>Loads the registry together with the parties' spans in government.</summary>
    public static Outcome<ActorKnowledge> LoadKnowledge(string dataDirectory)
    {
        try
        {
            var countriesFile = Read<CountriesFile>(dataDirectory, CountriesFile);
            var peopleFile = Read<PeopleFile>(dataDirectory, PeopleFile);
            var organisationsFile = Read<OrganisationsFile>(dataDirectory, OrganisationsFile);
            var rolesFile = Read<RolesFile>(dataDirectory, RolesFile);

            var countries = Required(countriesFile.Countries, CountriesFile, "countries").Select((e, i) => ToCountry(e, i)).ToList();
            var people = Required(peopleFile.People, PeopleFile, "people").Select((e, i) => ToPerson(e, i)).ToList();
            var governmentSpans = new Dictionary<string, IReadOnlyList<GovernmentSpan>>(StringComparer.OrdinalIgnoreCase);
            var organisations = Required(organisationsFile.Organisations, OrganisationsFile, "organisations")
                .Select((e, i) => ToOrganisation(e, i, governmentSpans)).ToList();
            var roleWords = Required(rolesFile.Roles, RolesFile, "roles").Select((e, i) => ToRoleWord(e, i)).ToList();

            CheckUnique(countries.Select(c => c.Code), CountriesFile, "code");
            CheckUnique(people.Select(p => p.Name), PeopleFile, "name");
            CheckUnique(organisations.Select(o => o.Name), OrganisationsFile, "name");
            CheckUnique(roleWords.Select(r => r.Phrase), RolesFile, "phrase");

            var registry = new ActorRegistry(countries, people, organisations, roleWords);
            return Outcome<ActorKnowledge>.Ok(new ActorKnowledge(registry, governmentSpans));
        }
        catch (KnowledgeFileException problem)
        {
            return Outcome<ActorKnowledge>.Fail(problem.Error);
        }
    }

    private static T Read<T>(string dataDirectory, string relativePath)
        where T : class, new()
    {
        var path = Path.Combine(dataDirectory, relativePath);
        if (!File.Exists(path))
        {
            throw Problem(relativePath, null, $"the file {path} does not exist",
                "Check that the data folder is the repository's data/ (or set STRAIT_DATA to it).");
        }

        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        try
        {
            using var reader = new StreamReader(path);
            return deserializer.Deserialize<T>(reader) ?? new T();
        }
        catch (YamlException yaml)
        {
            var reason = (yaml.InnerException?.Message ?? yaml.Message).Trim();
            throw Problem(relativePath, $"line {yaml.Start.Line}, column {yaml.Start.Column}",
                $"it is not valid for this file: {reason}",
                "Fix the YAML at that place; the format is described in data/README.md (quote names that contain commas or colons).");
        }
    }

    private static List<TEntry> Required<TEntry>(List<TEntry>? list, string file, string key) =>
        list is { Count: > 0 } ? list : throw Problem(file, null, $"the top-level list '{key}:' is missing or empty",
            $"Start the file with '{key}:' followed by its entries (see data/README.md).");

    private static Country ToCountry(CountryEntry e, int index)
    {
        var where = $"countries[{index}]" + (e.Code is null ? "" : $" ({e.Code})");
        var code = Text(e.Code, CountriesFile, where, "code");
        if (!Country.IsCode(code))
        {
            throw Problem(CountriesFile, where, $"'{code}' is not an ISO 3166 alpha-3 code", "Write three capital letters, such as KOR.");
        }

        var names = Names(e.Names, CountriesFile, where, "names", required: true);
        return new Country(code, names, Names(e.Adjectives, CountriesFile, where, "adjectives"),
            Names(e.Demonyms, CountriesFile, where, "demonyms"), Names(e.Metonyms, CountriesFile, where, "metonyms"),
            Text(e.Source, CountriesFile, where, "source"), Names(e.Places, CountriesFile, where, "places"));
    }

    private static Person ToPerson(PersonEntry e, int index)
    {
        var where = $"people[{index}]" + (e.Name is null ? "" : $" ({e.Name})");
        var name = Text(e.Name, PeopleFile, where, "name");
        var roles = (e.Roles ?? []).Select((r, i) => ToRole(r, $"{where} roles[{i}]")).ToList();
        return new Person(name, Names(e.Aliases, PeopleFile, where, "aliases"), roles, string.IsNullOrWhiteSpace(e.Note) ? null : e.Note.Trim());
    }

    private static RoleTerm ToRole(RoleEntry r, string where)
    {
        var actor = Actor(r.Actor, PeopleFile, where);
        var title = Text(r.Title, PeopleFile, where, "title");
        var from = Day(r.From, PeopleFile, where, "from");
        LocalDate? to = string.IsNullOrWhiteSpace(r.To) ? null : Day(r.To, PeopleFile, where, "to");
        if (to is { } end && end < from)
        {
            throw Problem(PeopleFile, where, $"the term ends ({end:uuuu-MM-dd}) before it starts ({from:uuuu-MM-dd})",
                "Swap or correct 'from' and 'to'.");
        }

        return new RoleTerm(actor, title, from, to, Text(r.Source, PeopleFile, where, "source"));
    }

    private static Organisation ToOrganisation(OrganisationEntry e, int index, Dictionary<string, IReadOnlyList<GovernmentSpan>> spans)
    {
        var where = $"organisations[{index}]" + (e.Name is null ? "" : $" ({e.Name})");
        var name = Text(e.Name, OrganisationsFile, where, "name");
        var organisation = new Organisation(name, Names(e.Aliases, OrganisationsFile, where, "aliases"),
            Actor(e.Actor, OrganisationsFile, where), Text(e.Kind, OrganisationsFile, where, "kind"),
            Text(e.Source, OrganisationsFile, where, "source"));
        if (e.InGovernment is not null)
        {
            if (organisation.Actor.IsInternationalBody)
            {
                throw Problem(OrganisationsFile, where, "an international body cannot have 'in_government' spans",
                    "Remove 'in_government' or give the party its country's actor code.");
            }

            spans[name] = e.InGovernment.Select((s, i) => ToSpan(s, $"{where} in_government[{i}]")).ToList();
        }

        return organisation;
    }

    private static GovernmentSpan ToSpan(SpanEntry s, string where)
    {
        var from = Day(s.From, OrganisationsFile, where, "from");
        LocalDate? to = string.IsNullOrWhiteSpace(s.To) ? null : Day(s.To, OrganisationsFile, where, "to");
        return to is { } end && end < from
            ? throw Problem(OrganisationsFile, where, "the span ends before it starts", "Swap or correct 'from' and 'to'.")
            : new GovernmentSpan(from, to);
    }

    private static RoleWord ToRoleWord(RoleWordEntry e, int index)
    {
        var where = $"roles[{index}]" + (e.Phrase is null ? "" : $" ({e.Phrase})");
        var phrase = Text(e.Phrase, RolesFile, where, "phrase");
        var roleText = Text(e.Role, RolesFile, where, "role");
        return Enum.TryParse<ActorRole>(roleText, ignoreCase: false, out var role) && role != ActorRole.None && Enum.IsDefined(role)
            ? new RoleWord(phrase, role)
            : throw Problem(RolesFile, where, $"'{roleText}' is not a role", "Roles are GOV, MIL, JUD, LEG, OPP, BUS, CVL and MED.");
    }

    private static ActorCode Actor(string? text, string file, string where)
    {
        var parsed = ActorCode.Parse(Text(text, file, where, "actor"));
        return parsed.Success ? parsed.Value : throw Problem(file, where, parsed.Error!.Message,
            parsed.Error.Hint ?? "Use an actor code such as KORGOV, USA or IGOWTO (see ../shared/eval/FORMAT.md).");
    }

    private static LocalDate Day(string? text, string file, string where, string key)
    {
        var value = Text(text, file, where, key);
        var parsed = IsoDay.Parse(value);
        return parsed.Success
            ? parsed.Value
            : throw Problem(file, where, $"'{key}: {value}' is not a day", "Write days as YYYY-MM-DD, such as 2017-05-10.");
    }

    private static string Text(string? value, string file, string where, string key) =>
        string.IsNullOrWhiteSpace(value)
            ? throw Problem(file, where, $"'{key}' is missing or empty", $"Give the entry a '{key}:' (see data/README.md).")
            : value.Trim();

    private static List<string> Names(List<string>? values, string file, string where, string key, bool required = false)
    {
        if (values is null || values.Count == 0)
        {
            return required
                ? throw Problem(file, where, $"'{key}' is missing or empty", $"List at least one name under '{key}:'.")
                : [];
        }

        var blank = values.FindIndex(string.IsNullOrWhiteSpace);
        return blank >= 0
            ? throw Problem(file, where, $"'{key}' item {blank} is empty", "Remove the empty item.")
            : values.Select(v => v.Trim()).ToList();
    }

    private static void CheckUnique(IEnumerable<string> keys, string file, string key)
    {
        var duplicate = keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Problem(file, null, $"the {key} '{duplicate.Key}' appears more than once",
                "Merge the entries into one (a person with two terms has one entry with two roles).");
        }
    }

    private static KnowledgeFileException Problem(string file, string? entry, string what, string? hint) =>
        new(new StraitError(ErrorCodes.KnowledgeFile, $"{file}: {what}",
            Where: entry is null ? file : $"{file}, {entry}", Hint: hint));

    /// <summary>Carries the first problem found out of the nested conversion code; never escapes the loader.</summary>
    private sealed class KnowledgeFileException(StraitError error) : Exception(error.ToString())
    {
        public StraitError Error { get; } = error;
    }
}
