using NodaTime;
using NodaTime.Text;
using Strait.Core.Actors;
using Strait.Core.Knowledge;

namespace Strait.Core.Tests.Knowledge;

public sealed class ActorKnowledgeLoaderTest : IDisposable
{
    private static readonly Lazy<ActorKnowledge> Real = new(() =>
        ActorKnowledgeLoader.LoadKnowledge(DataDirectory.Locate().Value).Value);

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "strait-actors-" + Guid.NewGuid().ToString("N"));

    public ActorKnowledgeLoaderTest()
    {
        var actors = Path.Combine(_temp, "actors");
        Directory.CreateDirectory(actors);
        File.WriteAllText(Path.Combine(actors, "countries.yaml"),
            "countries:\n  - {code: FRD, names: [Freedonia], adjectives: [Freedonian], demonyms: [], metonyms: [Fredville], source: made up}\n");
        File.WriteAllText(Path.Combine(actors, "people.yaml"),
            "people:\n  - name: Rufus T. Firefly\n    aliases: [Firefly]\n    roles:\n      - {actor: FRDGOV, title: president, from: 2001-01-01, to: 2004-12-31, source: made up}\n");
        File.WriteAllText(Path.Combine(actors, "organisations.yaml"),
            "organisations:\n  - {name: Freedonian Senate, aliases: [], actor: FRDLEG, kind: parliament, source: made up}\n" +
            "  - {name: Party of Ducks, aliases: [], actor: FRDLEG, kind: party, in_government: [{from: 2001-01-01, to: 2004-12-31}], source: made up}\n");
        File.WriteAllText(Path.Combine(actors, "roles.yaml"), "roles:\n  - {phrase: senators, role: LEG}\n");
    }

    [Fact]
    public void Load_ReadsAMadeUpFolder()
    {
        var registry = ActorKnowledgeLoader.Load(_temp);

        Assert.True(registry.Success, registry.Error?.ToString());
        Assert.Equal("Rufus T. Firefly", registry.Value.ResolvePerson("Firefly", new LocalDate(2002, 1, 1))?.Name);
        Assert.Equal(ActorRole.LEG, registry.Value.RoleWords.Single().Role);
    }

    [Fact]
    public void LoadKnowledge_CodesAPartyByItsSpansInGovernment()
    {
        var knowledge = ActorKnowledgeLoader.LoadKnowledge(_temp).Value;
        var party = knowledge.Registry.FindOrganisation("Party of Ducks")!;

        Assert.Equal("FRDGOV", knowledge.ActorOf(party, new LocalDate(2003, 1, 1)).ToString());
        Assert.Equal("FRDOPP", knowledge.ActorOf(party, new LocalDate(2006, 1, 1)).ToString());
        Assert.Equal("FRDLEG", knowledge.ActorOf(knowledge.Registry.FindOrganisation("Freedonian Senate")!, new LocalDate(2003, 1, 1)).ToString());
    }

    [Theory]
    [InlineData("people.yaml", "people:\n  - name: Chicolini\n    roles:\n      - {actor: FRDSPY, title: spy, from: 2001-01-01, source: x}\n", "Chicolini")]
    [InlineData("people.yaml", "people:\n  - name: Chicolini\n    roles:\n      - {actor: FRDGOV, title: spy, from: 2001-13-01, source: x}\n", "from: 2001-13-01")]
    [InlineData("people.yaml", "people:\n  - name: Chicolini\n    roles:\n      - {actor: FRDGOV, title: spy, from: 2005-01-01, to: 2001-01-01, source: x}\n", "ends")]
    [InlineData("people.yaml", "people:\n  - name: Chicolini\n    roles:\n      - {actor: FRDGOV, title: spy, from: 2001-01-01}\n", "'source' is missing")]
    [InlineData("people.yaml", "people:\n  - name: Chicolini\n    roles: [\n", "line")]
    [InlineData("people.yaml", "people:\n  - name: Chicolini\n    colour: red\n", "line")]
    [InlineData("people.yaml", "people:\n  - {name: A, roles: []}\n  - {name: a, roles: []}\n", "more than once")]
    [InlineData("countries.yaml", "countries:\n  - {code: FREE, names: [Freedonia], source: x}\n", "FREE")]
    [InlineData("organisations.yaml", "organisations:\n  - {name: WTO, aliases: [], actor: IGO, kind: body, source: x}\n", "WTO")]
    [InlineData("roles.yaml", "roles:\n  - {phrase: senators, role: SENATE}\n", "SENATE")]
    [InlineData("roles.yaml", "# nothing here\n", "'roles:'")]
    public void Load_BrokenFile_NamesTheFileAndEntry(string file, string content, string mentioned)
    {
        File.WriteAllText(Path.Combine(_temp, "actors", file), content);

        var registry = ActorKnowledgeLoader.Load(_temp);

        Assert.False(registry.Success);
        Assert.Equal(ErrorCodes.KnowledgeFile, registry.Error!.Code);
        var message = registry.Error.ToString();
        Assert.Contains("actors/" + file, message, StringComparison.Ordinal);
        Assert.Contains(mentioned, message, StringComparison.Ordinal);
        Assert.NotNull(registry.Error.Hint);
    }

    [Fact]
    public void Load_MissingFile_SaysWhichOne()
    {
        File.Delete(Path.Combine(_temp, "actors", "roles.yaml"));

        var registry = ActorKnowledgeLoader.Load(_temp);

        Assert.Contains("actors/roles.yaml", registry.Error!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RealData_Succeeds()
    {
        var registry = ActorKnowledgeLoader.Load(DataDirectory.Locate().Value);

        Assert.True(registry.Success, registry.Error?.ToString());
        Assert.True(registry.Value.Countries.Count >= 30);
        Assert.True(registry.Value.People.Count >= 80);
        Assert.True(registry.Value.Organisations.Count >= 100);
    }

    [Fact]
    public void Load_RealData_HasEveryLeaderOfTheReferenceTableWithItsTerm()
    {
        var rows = File.ReadAllLines(Path.Combine(AlmanacTestFolders.Shared(), "facts", "leaders.csv")).Skip(1)
            .Where(line => line.Length > 0).ToList();
        Assert.True(rows.Count >= 30);

        foreach (var row in rows)
        {
            var cells = row.Split(',');
            var (country, name, start, end) = (cells[0], cells[1], Day(cells[2]), cells[3].Length == 0 ? (LocalDate?)null : Day(cells[3]));
            var person = Real.Value.Registry.People.SingleOrDefault(p => p.Name == name);
            Assert.True(person is not null, $"{name} of leaders.csv is missing from people.yaml");
            Assert.Contains(person.Roles, r => r.Actor.ToString() == country + "GOV" && r.From == start && r.To == end);
        }
    }

    [Theory]
    [InlineData("Seoul", "KOR")]
    [InlineData("Tokyo", "JPN")]
    [InlineData("Pyongyang", "PRK")]
    [InlineData("Washington", "USA")]
    [InlineData("Beijing", "CHN")]
    [InlineData("Kremlin", "RUS")]
    public void Load_RealData_CapitalsAreGovernmentMetonyms(string metonym, string code) =>
        Assert.Contains(metonym, Real.Value.Registry.FindCountry(code)!.GovernmentMetonyms);

    [Theory]
    [InlineData("police", "GOV")]
    [InlineData("investigators", "GOV")]
    [InlineData("navies", "MIL")]
    [InlineData("plaintiffs", "CVL")]
    [InlineData("airlines", "BUS")]
    public void Load_RealData_ReadsTheRoleOfAnActorWord(string phrase, string role) =>
        Assert.Contains(new Strait.Core.Actors.RoleWord(phrase, Enum.Parse<Strait.Core.Actors.ActorRole>(role)), Real.Value.Registry.RoleWords);

    [Fact]
    public void Load_RealData_NorthKoreanIsNotAnAdjectiveOfSouthKorea()
    {
        var registry = Real.Value.Registry;

        Assert.Contains("North Korean", registry.FindCountry("PRK")!.Adjectives);
        Assert.DoesNotContain("North Korean", registry.FindCountry("KOR")!.Adjectives);
        Assert.Contains("Korean", registry.FindCountry("KOR")!.Adjectives);
    }

    [Fact]
    public void Load_RealData_KimAloneIsNobodysAlias() =>
        Assert.DoesNotContain(Real.Value.Registry.People, p => p.Aliases.Contains("Kim", StringComparer.OrdinalIgnoreCase));

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static LocalDate Day(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();
}
