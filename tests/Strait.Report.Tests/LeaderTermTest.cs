using NodaTime;
using Strait.Core.Actors;

namespace Strait.Report.Tests;

public class LeaderTermTest
{
    [Fact]
    public void Of_keeps_presidents_and_prime_ministers_only()
    {
        var people = new[]
        {
            new Person("Han Min-su", [], [
                new RoleTerm(ActorCode.ParseExact("KORGOV"), "foreign minister", new LocalDate(2030, 1, 1), new LocalDate(2031, 1, 1), "made up"),
                new RoleTerm(ActorCode.ParseExact("KORGOV"), "president", new LocalDate(2032, 5, 10), null, "made up"),
            ]),
            new Person("Taro Yamada", [], [new RoleTerm(ActorCode.ParseExact("JPNGOV"), "prime minister", new LocalDate(2031, 3, 1), new LocalDate(2033, 3, 1), "made up")]),
            new Person("Jane Roe", [], [new RoleTerm(ActorCode.ParseExact("USAGOV"), "president", new LocalDate(2031, 1, 20), null, "made up")]),
        };

        var terms = LeaderTerm.Of(people);

        Assert.Equal(["Yamada", "Han"], terms.Select(t => t.ShortName));
        Assert.Null(terms[1].To);
    }

    [Fact]
    public void Of_finds_leaders_in_the_built_in_people() =>
        Assert.Contains(Made.BuiltIn.Leaders, t => t.Country == "KOR" && t.From == new LocalDate(2017, 5, 10));
}
