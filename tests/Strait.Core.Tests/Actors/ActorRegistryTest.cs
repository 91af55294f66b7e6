using NodaTime;
using Strait.Core.Actors;
using Strait.Core.Knowledge;

namespace Strait.Core.Tests.Actors;

public sealed class ActorRegistryTest
{
    private static readonly Lazy<ActorRegistry> RealRegistry = new(() =>
        ActorKnowledgeLoader.Load(DataDirectory.Locate().Value).Value);

    // A made-up registry: two rulers of Freedonia share the name "Firefly".
    private static readonly ActorRegistry MadeUp = new(
        [new Country("FRD", ["Freedonia"], ["Freedonian"], ["Freedonians"], ["Fredville"], "made up")],
        [
            new Person("Rufus T. Firefly", ["Firefly"], [Term("FRDGOV", 2001, 2004)]),
            new Person("Rita Firefly", ["Firefly"], [Term("FRDGOV", 2010, 2014)]),
            new Person("Chicolini", [], [Term("FRDMIL", 2005, 2006)]),
        ],
        [new Organisation("Freedonian Senate", ["the Senate"], ActorCode.ParseExact("FRDLEG"), "parliament", "made up")],
        [new RoleWord("senators", ActorRole.LEG)]);

    [Theory]
    [InlineData("Lee", "2012-08-10", "Lee Myung-bak", "KORGOV")]
    [InlineData("Lee", "2025-08-20", "Lee Jae Myung", "KORGOV")]
    [InlineData("Lee", "2023-03-01", "Lee Jae Myung", "KOROPP")]
    [InlineData("Abe", "2007-01-01", "Shinzo Abe", "JPNGOV")]
    [InlineData("Abe", "2015-01-01", "Shinzo Abe", "JPNGOV")]
    [InlineData("Moon", "2019-07-15", "Moon Jae-in", "KORGOV")]
    [InlineData("Kishida", "2015-06-01", "Fumio Kishida", "JPNGOV")]
    [InlineData("Trump", "2019-07-15", "Donald Trump", "USAGOV")]
    [InlineData("Clinton", "1995-01-01", "Bill Clinton", "USAGOV")]
    [InlineData("Clinton", "2011-01-01", "Hillary Clinton", "USAGOV")]
    [InlineData("Koizumi", "2004-01-01", "Junichiro Koizumi", "JPNGOV")]
    [InlineData("Milley", "2019-11-13", "Mark Milley", "USAMIL")]
    [InlineData("Kim Jong Un", "2018-06-12", "Kim Jong Un", "PRKGOV")]
    [InlineData("Samsung", "2019-07-15", null, null)]
    public void ResolvePerson_PicksWhoHeldARoleThatDay(string name, string day, string? expected, string? actor)
    {
        var on = Day(day);
        var person = RealRegistry.Value.ResolvePerson(name, on);

        Assert.Equal(expected, person?.Name);
        Assert.Equal(actor, person is null ? null : RealRegistry.Value.ActorOf(person, on)?.ToString());
    }

    [Fact]
    public void ResolvePerson_OnlyCandidateIsReturnedOutsideTheirTerm()
    {
        var person = RealRegistry.Value.ResolvePerson("Moon", Day("2012-01-01"));

        Assert.Equal("Moon Jae-in", person?.Name);
        Assert.Null(RealRegistry.Value.ActorOf(person!, Day("2012-01-01")));
    }

    [Theory]
    [InlineData("Firefly", "2002-05-05", "Rufus T. Firefly")]
    [InlineData("firefly", "2012-05-05", "Rita Firefly")]
    [InlineData("Firefly", "2007-01-01", "Rufus T. Firefly")]
    [InlineData("Firefly", "2020-01-01", "Rita Firefly")]
    [InlineData("Firefly", "1990-01-01", null)]
    [InlineData("Chicolini", "1990-01-01", "Chicolini")]
    [InlineData("Pinky", "2002-01-01", null)]
    public void ResolvePerson_TellsSharedNamesApartByDate(string name, string day, string? expected) =>
        Assert.Equal(expected, MadeUp.ResolvePerson(name, Day(day))?.Name);

    [Fact]
    public void FindOrganisation_MatchesNameAndAliasIgnoringCase()
    {
        Assert.Equal("FRDLEG", MadeUp.FindOrganisation("the senate")?.Actor.ToString());
        Assert.Null(MadeUp.FindOrganisation("Sylvania Senate"));
        Assert.Equal("Freedonia", MadeUp.FindCountry("frd")?.Names[0]);
    }

    [Theory]
    [InlineData("South Korean Supreme Court", "KORJUD")]
    [InlineData("WTO", "IGOWTO")]
    [InlineData("Group of Seven", "IGOG7")]
    [InlineData("G-20", "IGOG20")]
    [InlineData("Mitsubishi Heavy Industries", "JPNBUS")]
    [InlineData("Keidanren", "JPNBUS")]
    [InlineData("Pentagon", "USAMIL")]
    public void FindOrganisation_OnRealData(string name, string actor) =>
        Assert.Equal(actor, RealRegistry.Value.FindOrganisation(name)?.Actor.ToString());

    private static RoleTerm Term(string actor, int fromYear, int toYear) =>
        new(ActorCode.ParseExact(actor), "ruler", new LocalDate(fromYear, 1, 1), new LocalDate(toYear, 12, 31), "made up");

    private static LocalDate Day(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
