using Strait.Core.Knowledge;
using NodaTime;
using Strait.Core.Actors;
using Strait.Core.Time;
using Strait.Text.Pipeline;
using Strait.Text.Segmentation;

namespace Strait.Text.Mentions;

/// <summary>
/// Finds the actors each sentence names, from the <see cref="ActorRegistry"/>: countries by name or adjective,
/// capitals and seats of government as government metonyms (GOV), demonyms as citizens (CVL), organisations and
/// people. Names match case-sensitively, token by token, through one trie (longest match wins: "North Korean"
/// over "Korean", "South Korean Supreme Court" over "South Korean"). A country adjective joins what follows it:
/// titles and a known name make one person mention ("South Korean President Moon Jae-in"); a role word makes a
/// group ("South Korean lawmakers" is KORLEG, "U.S. troops" USAMIL, also with one modifier between:
/// "Japanese car firms"); a title alone makes a group with the title's role ("the Japanese prime minister"); a
/// country's or a person's possessive before a role word makes that body of the country ("Sylvania's supreme court",
/// "Noda's ministers").
/// People are resolved at the publication date; without one, at the nearest resolved date in the sentence;
/// without either, only a person whose roles all speak for the same actor is kept.
/// Run it after the time tagger.
/// </summary>
public sealed class ActorTagger : IPipelineComponent
{
    private readonly ActorRegistry _registry;
    private readonly PhraseMatcher<NameEntry> _names = new(StringComparer.Ordinal);
    private readonly PhraseMatcher<ActorRole> _roles = new(StringComparer.OrdinalIgnoreCase);
    private readonly PhraseMatcher<Title> _titles = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Person>> _peopleByName = new(StringComparer.Ordinal);
    private readonly NameShapes _shapes;
    private readonly ActorKnowledge? _parties;
    private readonly Dictionary<string, Organisation> _partiesByName = new(StringComparer.Ordinal);

    public ActorTagger(ActorRegistry registry, TextResources resources, ActorKnowledge? parties = null)
    {
        _registry = registry;
        _parties = parties;
        _shapes = resources.NameShapes;
        var tokenizer = new Tokenizer(resources.Abbreviations);
        foreach (var country in registry.Countries)
        {
            var code = ActorCode.Of(country.Code);
            var name = country.Names.FirstOrDefault() ?? country.Code;
            AddName(tokenizer, country.Names, new NameEntry(MentionKind.Country, code, name, IsAdjective: false));
            AddName(tokenizer, country.Adjectives, new NameEntry(MentionKind.Country, code, name, IsAdjective: true));
            AddName(tokenizer, country.Demonyms, new NameEntry(MentionKind.Demonym, code.WithRole(ActorRole.CVL), name));
            AddName(tokenizer, country.GovernmentMetonyms, new NameEntry(MentionKind.Metonym, code.WithRole(ActorRole.GOV), name));
            AddName(tokenizer, country.AllPlaces, new NameEntry(MentionKind.Metonym, code.WithRole(ActorRole.GOV), name, IsPlace: true));
        }

        foreach (var organisation in registry.Organisations)
        {
            if (parties?.GovernmentSpansOf(organisation) is not null)
            {
                _partiesByName[organisation.Name] = organisation;
            }

            AddName(tokenizer, organisation.AllNames, new NameEntry(MentionKind.Organisation, organisation.Actor, organisation.Name));
        }

        foreach (var person in registry.People)
        {
            AddName(tokenizer, person.AllNames, new NameEntry(MentionKind.Person, null, person.Name));
            foreach (var name in person.AllNames)
            {
                if (!_peopleByName.TryGetValue(name, out var people))
                {
                    _peopleByName[name] = people = [];
                }

                if (people.Count == 0 || !ReferenceEquals(people[^1], person))
                {
                    people.Add(person);
                }
            }
        }

        foreach (var roleWord in registry.RoleWords)
        {
            _roles.Add(tokenizer.Words(roleWord.Phrase), roleWord.Role);
        }

        foreach (var title in resources.Titles)
        {
            _titles.Add(tokenizer.Words(title.Phrase), title);
        }
    }

    public string Name => "actors";

    public IReadOnlyList<string> Assigns { get; } = ["actors"];

    public void Process(TextDocument document)
    {
        document.Actors.Clear();
        var tokens = document.Tokens;
        var shortNames = new ShortNames();
        foreach (var sentence in document.Sentences)
        {
            var (first, limit) = TokenSpans.Range(tokens, sentence);
            var i = first;
            while (i < limit)
            {
                var count = document.Actors.Count;
                var next = Mention(document, sentence, shortNames, i, first, limit);
                if (document.Actors.Count > count && document.Actors[^1].Kind == MentionKind.Person && next > i)
                {
                    next = PersonsBody(document, next, limit);
                }

                i = next > i ? next : i + 1;
            }
        }
    }

    /// <summary>
    /// "two of Noda's ministers", "a senior official in Moon's office": a person's possessive before a role word names
    /// the person's country's body of that role, not the person; the person's mention (the last added) becomes it.
    /// Returns the token after the mention.
    /// </summary>
    private int PersonsBody(TextDocument document, int after, int limit)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        if (after + 1 >= limit || text[tokens[after].Start..tokens[after].End] is not ("'s" or "’s") || _roles.Longest(text, tokens, after + 1, limit) is not { } owned)
        {
            return after;
        }

        var person = document.Actors[^1];
        var end = after + 1 + owned.Length;
        document.Actors[^1] = new ActorMention(new TextSpan(person.Span.Start, tokens[end - 1].End, "actor"), ActorCode.Of(person.Actor.CountryPart, owned.Value), MentionKind.Group, person.Name);
        return end;
    }

    /// <summary>Adds the mention starting at token <paramref name="i"/>, if any, and returns the token after it.</summary>
    private int Mention(TextDocument document, TextSpan sentence, ShortNames shortNames, int i, int first, int limit)
    {
        var text = document.Text;
        var tokens = document.Tokens;

        var titled = TitleChain(text, tokens, i, limit, out var titleRole, out var titleCountry);
        if (titled > i && _names.Longest(text, tokens, titled, limit) is { } afterTitle && NamesPerson(afterTitle.Values))
        {
            var end = titled + afterTitle.Length;
            AddPerson(document, sentence, shortNames, tokens[i].Start, tokens[titled].Start, tokens[end - 1].End);
            return end;
        }

        if (titled > i && ShortName(text, tokens, shortNames, titled, limit) is var (titledActor, titledName))
        {
            // "Premier Li Qiang ... Premier Li said": a title before the short name of a person named in full before.
            document.Actors.Add(new ActorMention(new TextSpan(tokens[i].Start, tokens[titled].End, "actor"), titledActor, MentionKind.Person, titledName));
            return titled + 1;
        }

        if (titled > i && titleRole != ActorRole.None && _names.Longest(text, tokens, titled, limit) is null)
        {
            // "Assistant Secretary of State Ruri Tanaka": an office only one country has stands for it, the name unknown;
            // "Ambassador Park Cheol-hee": a name of one country's shape (NameShapes) gives the country of any office.
            var end = titled;
            while (end < Math.Min(limit, titled + UnknownNameWords) && IsCapitalisedWord(text, tokens[end]) && _names.Longest(text, tokens, end, limit) is null)
            {
                end++;
            }

            var name = end > titled ? text[tokens[titled].Start..tokens[end - 1].End] : null;
            var country = titleCountry ?? (name is null ? null : _shapes.CountryOf(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            if (country is not null)
            {
                var titledSpan = new TextSpan(tokens[i].Start, tokens[end - 1].End, "actor");
                document.Actors.Add(new ActorMention(titledSpan, ActorCode.Of(country, titleRole), name is null ? MentionKind.Group : MentionKind.Person, name));
                if (name is not null)
                {
                    shortNames.Remember(name, ActorCode.Of(country, titleRole), name);
                }

                return end;
            }
        }

        if (_names.Longest(text, tokens, i, limit) is not { } match)
        {
            if ((i == first || !IsCapitalisedWord(text, tokens[i - 1])) && ShortName(text, tokens, shortNames, i, limit) is var (shortActor, shortName))
            {
                // "Li instead used his speech ...": the short name of a person the article named in full before.
                document.Actors.Add(new ActorMention(new TextSpan(tokens[i].Start, tokens[i].End, "actor"), shortActor, MentionKind.Person, shortName));
            }

            return i + 1;
        }

        var after = i + match.Length;
        var entry = Pick(match.Values);
        if (entry.Kind == MentionKind.Demonym && match.Length > 1 && after < limit && _roles.Longest(text, tokens, after, limit) is not null)
        {
            // "the Japanese ambassador", "the Chinese embassy": a demonym written with "the" that a role word follows is the
            // country's adjective, read from the next word.
            return i + 1;
        }

        var span = new TextSpan(tokens[i].Start, tokens[after - 1].End);
        if (entry.Kind == MentionKind.Person)
        {
            AddPerson(document, sentence, shortNames, span.Start, span.Start, span.End);
            return after;
        }

        if (entry.IsAdjective)
        {
            var titleEnd = TitleChain(text, tokens, after, limit, out var role);
            if (titleEnd > after)
            {
                if (_names.Longest(text, tokens, titleEnd, limit) is { } name && NamesPerson(name.Values))
                {
                    var end = titleEnd + name.Length;
                    AddPerson(document, sentence, shortNames, span.Start, tokens[titleEnd].Start, tokens[end - 1].End, entry.Actor!);
                    return end;
                }

                if (role != ActorRole.None)
                {
                    document.Actors.Add(new ActorMention(new TextSpan(span.Start, tokens[titleEnd - 1].End, "actor"), entry.Actor!.WithRole(role), MentionKind.Group, entry.Name));
                    return titleEnd;
                }
            }

            for (var skip = 0; skip <= 1; skip++)
            {
                var at = after + skip;
                if (skip == 1 && (at >= limit || !IsLowerWord(text, tokens[after])))
                {
                    break;
                }

                if (_roles.Longest(text, tokens, at, limit) is { } roleWord)
                {
                    var end = at + roleWord.Length;
                    document.Actors.Add(new ActorMention(new TextSpan(span.Start, tokens[end - 1].End, "actor"), entry.Actor!.WithRole(roleWord.Value), MentionKind.Group, entry.Name));
                    return end;
                }
            }
        }

        if (entry.Kind is MentionKind.Country or MentionKind.Metonym && !entry.IsAdjective && !entry.IsPlace && after + 1 < limit &&
            text[tokens[after].Start..tokens[after].End] is "'s" or "’s" && _roles.Longest(text, tokens, after + 1, limit) is { } owned)
        {
            // "Sylvania's supreme court", "Fredville's lawmakers": the country's body of that role.
            var end = after + 1 + owned.Length;
            document.Actors.Add(new ActorMention(new TextSpan(span.Start, tokens[end - 1].End, "actor"), ActorCode.Of(entry.Actor!.CountryPart, owned.Value), MentionKind.Group, entry.Name));
            return end;
        }

        if ((entry.IsPlace || entry.Kind == MentionKind.Metonym) && after < limit && IsLowerWord(text, tokens[after]) && _roles.Longest(text, tokens, after, limit) is { } placeRole)
        {
            // "Seoul prosecutors", "a Tokyo court": a place written before a role word, as its country's adjective would be.
            var end = after + placeRole.Length;
            document.Actors.Add(new ActorMention(new TextSpan(span.Start, tokens[end - 1].End, "actor"), ActorCode.Of(entry.Actor!.CountryPart, placeRole.Value), MentionKind.Group, entry.Name));
            return end;
        }

        if (entry.Kind is MentionKind.Country or MentionKind.Metonym && !entry.IsAdjective && PlaceNamedBody(text, tokens, after, limit) is var (bodyEnd, bodyRole))
        {
            // "the Ostrava High Court", "the Fredville Central District Court": a body named after a place is that country's body of its role.
            document.Actors.Add(new ActorMention(new TextSpan(span.Start, tokens[bodyEnd - 1].End, "actor"), ActorCode.Of(entry.Actor!.CountryPart, bodyRole), MentionKind.Group, entry.Name));
            return bodyEnd;
        }

        if (entry.IsPlace)
        {
            // "in Busan": a place names no actor alone, only a body named after it ("the Busan High Court", above).
            return after;
        }

        var actor = entry.Kind == MentionKind.Organisation ? OwnedBy(document, span, entry.Actor!) : entry.Actor!;
        if (entry.Kind == MentionKind.Organisation && actor.Role == ActorRole.LEG && i > first && IsLowerWord(text, tokens[i - 1]) &&
            _roles.Longest(text, tokens, i - 1, i) is { Value: ActorRole.OPP })
        {
            // "the opposition Democratic Party": a party the word before calls the opposition acts as the opposition.
            actor = actor.WithRole(ActorRole.OPP);
        }
        else if (entry.Kind == MentionKind.Organisation && _parties is not null && document.Published is { } published &&
                 _partiesByName.TryGetValue(entry.Name, out var party))
        {
            // A party with spans in government: GOV inside them, OPP outside, on the day of publication.
            actor = _parties.ActorOf(party, published.Start);
        }

        document.Actors.Add(new ActorMention(span with { Label = "actor" }, actor, entry.Kind, entry.Name));
        return after;
    }

    /// <summary>
    /// An organisation of one country's name that another country's name owns ("Sylvania's Joint Chiefs of Staff",
    /// "the Sylvanian Joint Chiefs"): that country's body of the same role; else the organisation's own actor.
    /// </summary>
    private static ActorCode OwnedBy(TextDocument document, TextSpan span, ActorCode organisation)
    {
        if (organisation.IsInternationalBody || document.Actors.Count == 0)
        {
            return organisation;
        }

        var previous = document.Actors[^1];
        if (previous.Kind != MentionKind.Country || previous.Span.End > span.Start || previous.Actor.CountryPart == organisation.CountryPart)
        {
            return organisation;
        }

        var between = document.Text[previous.Span.End..span.Start].Trim();
        return between is "" or "'s" or "’s" ? ActorCode.Of(previous.Actor.CountryPart, organisation.Role) : organisation;
    }

    /// <summary>
    /// Capitalised words right after a place name that end in a capitalised role word, at most four ("Ostrava High
    /// Court", "Fredville Central District Court"): the token after the name and the role; null when they do not.
    /// </summary>
    private (int End, ActorRole Role)? PlaceNamedBody(string text, List<TextSpan> tokens, int after, int limit)
    {
        for (var at = after; at < Math.Min(limit, after + 4) && IsCapitalisedWord(text, tokens[at]); at++)
        {
            if (_roles.Longest(text, tokens, at, limit) is { } role && IsCapitalisedWord(text, tokens[at + role.Length - 1]))
            {
                return (at + role.Length, role.Value);
            }
        }

        return null;
    }

    /// <summary>How many capitalised words after a one-country title make the unknown name of its holder.</summary>
    private const int UnknownNameWords = 3;

    private int TitleChain(string text, List<TextSpan> tokens, int i, int limit, out ActorRole role) =>
        TitleChain(text, tokens, i, limit, out role, out _);

    /// <summary>
    /// Titles one after another ("Vice Foreign Minister", "former Prime Minister"); returns the token after them, the last
    /// title's role and the last country a title implies.
    /// </summary>
    private int TitleChain(string text, List<TextSpan> tokens, int i, int limit, out ActorRole role, out string? country)
    {
        role = ActorRole.None;
        country = null;
        var at = i;
        while (at < limit && _titles.Longest(text, tokens, at, limit) is { } title)
        {
            if (title.Value.Role != ActorRole.None)
            {
                role = title.Value.Role;
            }

            country = title.Value.Country ?? country;

            at += title.Length;
        }

        return at;
    }

    /// <summary>
    /// The person a capitalised word alone stands for (<see cref="ShortNames"/>), when no capitalised word follows it
    /// ("Li said", not "Li Keqiang"); null otherwise.
    /// </summary>
    private static (ActorCode Actor, string Name)? ShortName(string text, List<TextSpan> tokens, ShortNames shortNames, int i, int limit) =>
        i < limit && IsCapitalisedWord(text, tokens[i]) && (i + 1 >= limit || !IsCapitalisedWord(text, tokens[i + 1]))
            ? shortNames.Of(text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start))
            : null;

    private void AddPerson(TextDocument document, TextSpan sentence, ShortNames shortNames, int spanStart, int nameStart, int nameEnd, ActorCode? countryHint = null)
    {
        var name = document.Text[nameStart..nameEnd];
        var day = Day(document.Published) ?? SentenceDay(document, sentence);
        Person? person;
        if (day is { } on)
        {
            person = _registry.ResolvePerson(name, on);
        }
        else
        {
            person = _peopleByName.TryGetValue(name, out var candidates) && candidates.Count == 1 ? candidates[0] : null;
        }

        if (person is null || ActorOf(person, day) is not { } actor)
        {
            return;
        }

        if (countryHint is not null && !string.Equals(countryHint.Country, actor.Country, StringComparison.Ordinal))
        {
            return;
        }

        document.Actors.Add(new ActorMention(new TextSpan(spanStart, nameEnd, "actor"), actor, MentionKind.Person, person.Name));
        shortNames.Remember(name, actor, person.Name);
    }

    /// <summary>
    /// The actor a person speaks for: the role held on the day; else the role that ended last before it (a former
    /// leader still speaks for the office); else the first role after it. Without a day, the actor shared by all roles.
    /// </summary>
    private static ActorCode? ActorOf(Person person, LocalDate? day)
    {
        if (person.Roles.Count == 0)
        {
            return null;
        }

        var roles = person.Roles;
        if (day is not { } on)
        {
            for (var r = 1; r < roles.Count; r++)
            {
                if (!roles[r].Actor.Equals(roles[0].Actor))
                {
                    return null;
                }
            }

            return roles[0].Actor;
        }

        // Loops rather than sorting, each keeping the first of equals as a stable sort would: the role held on the
        // day that started last (Person.RoleOn), else the one that ended last before the day, else the earliest.
        RoleTerm? held = null;
        RoleTerm? ended = null;
        var earliest = roles[0];
        foreach (var role in roles)
        {
            if (role.Covers(on) && (held is null || role.From > held.From))
            {
                held = role;
            }

            if (role.To is { } end && end < on && (ended is null || end > ended.To!.Value))
            {
                ended = role;
            }

            if (role.From < earliest.From)
            {
                earliest = role;
            }
        }

        return (held ?? ended ?? earliest).Actor;
    }

    private static bool NamesPerson(IReadOnlyList<NameEntry> values)
    {
        foreach (var value in values)
        {
            if (value.Kind == MentionKind.Person)
            {
                return true;
            }
        }

        return false;
    }

    private static LocalDate? Day(PartialDate? when) => when is null ? null : when.Start.PlusDays((when.Length - 1) / 2);

    /// <summary>The middle day of the resolved time expression nearest the sentence's start, within the sentence.</summary>
    private static LocalDate? SentenceDay(TextDocument document, TextSpan sentence)
    {
        foreach (var time in document.Times)
        {
            if (time.When is not null && sentence.Contains(time.Span))
            {
                return Day(time.When);
            }
        }

        return null;
    }

    private static NameEntry Pick(IReadOnlyList<NameEntry> values)
    {
        if (values.Count == 1)
        {
            return values[0];
        }

        // Same words, several meanings: an organisation or person is the most specific; a country's name over its
        // adjective. The first of equal rank wins.
        var best = values[0];
        for (var v = 1; v < values.Count; v++)
        {
            if (Rank(values[v]) < Rank(best))
            {
                best = values[v];
            }
        }

        return best;
    }

    private static int Rank(NameEntry entry) => entry.IsPlace ? 6 : entry.Kind switch
    {
        MentionKind.Organisation => 0,
        MentionKind.Person => 1,
        MentionKind.Metonym => 2,
        MentionKind.Demonym => 3,
        _ => entry.IsAdjective ? 5 : 4,
    };

    private static bool IsCapitalisedWord(string text, TextSpan token) =>
        token.Label == Tokenizer.Word && char.IsUpper(text[token.Start]);

    private static bool IsLowerWord(string text, TextSpan token) =>
        token.Label == Tokenizer.Word && char.IsLower(text[token.Start]);

    private void AddName(Tokenizer tokenizer, IEnumerable<string> names, NameEntry entry)
    {
        foreach (var name in names)
        {
            foreach (var variant in Variants(name))
            {
                _names.Add(tokenizer.Words(variant), entry);
            }
        }
    }

    /// <summary>A name as written, with the other apostrophe, and with "The" for a leading "the".</summary>
    private static IEnumerable<string> Variants(string name)
    {
        yield return name;
        if (name.Contains('\''))
        {
            yield return name.Replace('\'', '’');
        }

        if (name.Contains('’'))
        {
            yield return name.Replace('’', '\'');
        }

        if (name.StartsWith("the ", StringComparison.Ordinal))
        {
            yield return "The" + name[3..];
        }
    }

    /// <summary>What a name in the text stands for; a place (<see cref="IsPlace"/>) names no actor alone, only a body named after it.</summary>
    private sealed record NameEntry(MentionKind Kind, ActorCode? Actor, string Name, bool IsAdjective = false, bool IsPlace = false);
}
