using NodaTime;
using Strait.Sim.Politics;

namespace Strait.Sim.Tests.Politics;

public class PoliticalCalendarTest
{
    // A made-up record: a Korean president removed early and replaced by the other camp after a snap
    // election; a Japanese premier replaced mid-way; a snap lower-house election.
    private static readonly PoliticalCalendar Record = new(
        [
            new Term("KOR", "President A", new LocalDate(2010, 2, 25), new LocalDate(2012, 3, 10), "conservative", "test"),
            new Term("KOR", "President B", new LocalDate(2012, 5, 10), null, "progressive", "test"),
            new Term("JPN", "Premier C", new LocalDate(2009, 9, 1), new LocalDate(2011, 9, 1), "ldp", "test"),
            new Term("JPN", "Premier D", new LocalDate(2011, 9, 1), null, "other", "test"),
        ],
        [
            new Election("KOR", "presidential", new LocalDate(2012, 5, 9), "test"),
            new Election("KOR", "legislative", new LocalDate(2012, 4, 11), "test"),
            new Election("JPN", "lower house", new LocalDate(2009, 8, 30), "test"),
            new Election("JPN", "lower house", new LocalDate(2011, 12, 16), "test"),
        ]);

    private static readonly PoliticalCalendar Known = Record.KnownAt(new LocalDate(2011, 1, 1));

    [Fact]
    public void TheKoreanPresidentServesTheScheduledTermAndIsFollowedByTheSameCamp()
    {
        Assert.Equal("President A", Known.TermIn("KOR", new YearMonth(2014, 12))!.Name);
        var successor = Known.TermIn("KOR", new YearMonth(2015, 3))!;
        Assert.Equal("conservative", successor.Camp);
        Assert.Equal(new LocalDate(2015, 2, 25), successor.Start);
    }

    [Fact]
    public void LeadersAndElectionsAfterTheDateAreNotKnown()
    {
        Assert.Equal("Premier C", Known.TermIn("JPN", new YearMonth(2012, 1))!.Name);
        Assert.False(Known.ElectionWithin("KOR", new YearMonth(2012, 5), 0));
        Assert.False(Known.ElectionWithin("JPN", new YearMonth(2011, 12), 0));
    }

    [Theory]
    [InlineData("KOR", 2012, 4)]
    [InlineData("KOR", 2014, 12)]
    [InlineData("JPN", 2013, 8)]
    public void ScheduledElectionsAreKnown(string country, int year, int month)
    {
        Assert.True(Known.ElectionWithin(country, new YearMonth(year, month), 0));
    }

    [Fact]
    public void ThePastIsKeptAsItHappened()
    {
        var later = Record.KnownAt(new LocalDate(2013, 1, 1));
        Assert.Equal("President A", later.TermIn("KOR", new YearMonth(2011, 6))!.Name);
        Assert.Equal("President B", later.TermIn("KOR", new YearMonth(2012, 12))!.Name);
        Assert.True(later.ElectionWithin("JPN", new YearMonth(2011, 12), 0));
    }
}
