namespace Strait.Core.Knowledge;

// The shapes of data/actors/*.yaml as YamlDotNet reads them (snake_case keys). Validation happens in
// ActorKnowledgeLoader; these classes only mirror the files, so every property is optional here.
#pragma warning disable CA1002, CA2227 // plain data-transfer shapes for the YAML deserialiser

internal sealed class CountriesFile
{
    public List<CountryEntry>? Countries { get; set; }
}

internal sealed class CountryEntry
{
    public string? Code { get; set; }
    public List<string>? Names { get; set; }
    public List<string>? Adjectives { get; set; }
    public List<string>? Demonyms { get; set; }
    public List<string>? Metonyms { get; set; }
    public List<string>? Places { get; set; }
    public string? Source { get; set; }
}

internal sealed class PeopleFile
{
    public List<PersonEntry>? People { get; set; }
}

internal sealed class PersonEntry
{
    public string? Name { get; set; }
    public List<string>? Aliases { get; set; }
    public List<RoleEntry>? Roles { get; set; }
    public string? Note { get; set; }
}

internal sealed class RoleEntry
{
    public string? Actor { get; set; }
    public string? Title { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Source { get; set; }
}

internal sealed class OrganisationsFile
{
    public List<OrganisationEntry>? Organisations { get; set; }
}

internal sealed class OrganisationEntry
{
    public string? Name { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Actor { get; set; }
    public string? Kind { get; set; }
    public List<SpanEntry>? InGovernment { get; set; }
    public string? Source { get; set; }
}

internal sealed class SpanEntry
{
    public string? From { get; set; }
    public string? To { get; set; }
}

internal sealed class RolesFile
{
    public List<RoleWordEntry>? Roles { get; set; }
}

internal sealed class RoleWordEntry
{
    public string? Phrase { get; set; }
    public string? Role { get; set; }
}
