using Strait.Core.Time;
using Strait.Text.Times;

namespace Strait.Text.Tests.Times;

/// <summary>Made-up sentences with a fixed publication date, Wednesday 2019-07-10.</summary>
public sealed class TimeTaggerTest
{
    private static readonly PartialDate Published = PartialDate.Day(2019, 7, 10);

    private static (string Text, string? When, bool Relative)[] Tag(string sentence, PartialDate? published)
    {
        var document = TestText.Segmented(sentence, published);
        new TimeTagger(new TimeExpressionFinder(TestText.Resources.TimeWords)).Process(document);
        return document.Times.Select(t => (t.Span.Of(sentence), t.When?.ToString(), t.IsRelative)).ToArray();
    }

    [Theory]
    [InlineData("The accord was signed August 15, 2025, in Freedonia.", "August 15, 2025", "2025-08-15")]
    [InlineData("The accord was signed 15 August 2025 in Freedonia.", "15 August 2025", "2025-08-15")]
    [InlineData("Freedonia sued in May 2018.", "May 2018", "2018-05")]
    [InlineData("Sylvania protested on New Year’s Day 2004.", "New Year’s Day 2004", "2004-01-01")]
    [InlineData("Sylvania protested on New Year's Day, 2004, again.", "New Year's Day, 2004", "2004-01-01")]
    [InlineData("Sylvania protested in the summer of 2016.", "the summer of 2016", "2016-06/2016-08")]
    [InlineData("Sylvania protested in spring 2016.", "spring 2016", "2016-03/2016-05")]
    [InlineData("Freedonia sued in August of 2016.", "August of 2016", "2016-08")]
    [InlineData("Sylvania annexed the isles in 2012.", "2012", "2012")]
    [InlineData("Sylvania ruled the isles 1910-45.", "1910-45", "1910/1945")]
    [InlineData("Sylvania ruled the isles 1910–1945.", "1910–1945", "1910/1945")]
    [InlineData("Sylvania ruled the isles from 1910 to 1945.", "from 1910 to 1945", "1910/1945")]
    [InlineData("Sylvania ruled the isles 1910 to 1945.", "1910 to 1945", "1910/1945")]
    [InlineData("The war of 1950-53 split Freedonia.", "1950-53", "1950/1953")]
    [InlineData("The war between 1950 and 1953 split Freedonia.", "between 1950 and 1953", "1950/1953")]
    [InlineData("Sylvania will launch a satellite between July 27 and August 4, 2019.", "between July 27 and August 4, 2019", "2019-07-27/2019-08-04")]
    [InlineData("Trade boomed in the 1990s.", "the 1990s", "1990/1999")]
    [InlineData("Trade boomed in the early 2010s.", "the early 2010s", "2010/2013")]
    [InlineData("Trade slumped in the late 1980s.", "the late 1980s", "1987/1989")]
    [InlineData("The treaty took effect on 2019-07-04.", "2019-07-04", "2019-07-04")]
    [InlineData("The treaty took effect on Sunday, August 25, 2019.", "Sunday, August 25, 2019", "2019-08-25")]
    [InlineData("The treaty took effect on August 25, 2019, a Sunday.", "August 25, 2019, a Sunday", "2019-08-25")]
    [InlineData("Imports fell in 2019-03 sharply.", "2019-03", "2019-03")]
    public void ResolvesAbsoluteExpressions(string sentence, string expression, string when)
    {
        var times = Tag(sentence, Published);

        Assert.Equal([(expression, when, false)], times.Where(t => !t.Relative).ToArray());
    }

    [Theory]
    // A retelling: a year-less day or month soon after a dated one, which read from publication would fall in an
    // earlier year and long ago, continues the story's year; each date so read carries the story on.
    [InlineData("Freedonia tightened its controls on July 1, 2013. A month later, on Aug. 2, it struck Sylvania off its list.", "Aug. 2", "2013-08-02")]
    [InlineData("Freedonia tightened its controls on July 1, 2013. Sylvania answered that July with a boycott. On Aug. 22 it ended the pact.", "Aug. 22", "2013-08-22")]
    [InlineData("Rufus flew to Sylvaton on March 16, 2017. Trentino returned the visit in May.", "May", "2017-05")]
    // A month after "that" is in the year of the date named last, even one before it.
    [InlineData("Freedonia tightened its controls on July 21, 2013, and a month later on Aug. 20. Sylvanians answered that July with a boycott.", "July", "2013-07")]
    // A day or month "of that year" is in the year the text named last.
    [InlineData("Talks resumed in 2014. Sylvania agreed in May of that year to reopen its inquiry.", "May", "2014-05")]
    [InlineData("Talks resumed in 2014. Sylvania signed the accord on June 22 of the same year.", "June 22", "2014-06-22")]
    // A year the story moves to, opening its sentence or after "came", holds the months that follow in that year.
    [InlineData("Then came 2013. In March Sylvania recalled its envoy. In October Freedonia struck it off its list.", "October", "2013-10")]
    [InlineData("In 2013 Sylvania recalled its envoy. In October Freedonia struck it off its list.", "October", "2013-10")]
    // Not a retelling: a date of the publication year (the news), a date that would lie months after the story, one
    // named long after the dated sentence, or the first end of a range that names its year.
    [InlineData("Freedonia tightened its controls on Nov. 20, 2013. On Jan. 5, Sylvania elected a new president.", "Jan. 5", "2019-01-05")]
    [InlineData("Freedonia tightened its controls on July 1, 2013. On Dec. 3, Sylvania elected a new president.", "Dec. 3", "2018-12-03")]
    [InlineData("Freedonia sued on July 1, 2013. Talks stalled. Trade fell. Tourism fell. Sylvania sulked. On Aug. 22 it ended the pact.", "Aug. 22", "2018-08-22")]
    [InlineData("Affinity rose in July 2013. A survey taken from October to November 2018 put it at 56.3 percent.", "October", "2018-10")]
    // A year inside a clause (a modifier, a relative clause's date) is no turn of the story.
    [InlineData("Sylvania never honoured the 2013 accord. In October Freedonia struck it off its list.", "October", "2018-10")]
    [InlineData("Since Sylvania deployed a radar in 2013, views have aligned. In October Freedonia struck it off its list.", "October", "2018-10")]
    public void ReadsAYearlessDateInTheYearOfTheStoryItContinues(string text, string expression, string when) =>
        Assert.Contains((expression, when), Tag(text, PartialDate.Day(2019, 3, 20)).Select(t => (t.Text, t.When)));

    [Fact]
    public void ReadsNoSeasonInAVerbOrInAFallOfSomething()
    {
        Assert.DoesNotContain(Tag("Exports fall 2019 levels short, Freedonia said.", Published), t => t.Text.Contains("fall", StringComparison.Ordinal));
        Assert.DoesNotContain(Tag("Prices may fall in summer.", Published), t => t.Text.Contains("fall", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Freedonia has objected since 2019.", "since 2019", "2019")]
    public void KeepsSinceWithTheYear(string sentence, string expression, string when) =>
        Assert.Equal([(expression, when, false)], Tag(sentence, Published));

    [Theory]
    [InlineData("The envoys will meet on August 23–24 in Freedonia.", "August 23–24", "2019-08-23/2019-08-24")]
    [InlineData("The envoys met on August 23-24 in Freedonia.", "August 23-24", "2018-08-23/2018-08-24")]
    [InlineData("Sylvania protested on Aug. 15 again.", "Aug. 15", "2018-08-15")]
    [InlineData("The envoys meet on July 25.", "July 25", "2019-07-25")]
    [InlineData("Sylvania plans to protest on Aug. 15 again.", "Aug. 15", "2019-08-15")]
    [InlineData("Talks were held Jan. 28 in the capital.", "Jan. 28", "2019-01-28")]
    [InlineData("The pact was signed on Jan. 5 last year.", "Jan. 5 last year", "2018-01-05")]
    [InlineData("A poll taken in mid-November last year found little change.", "mid-November last year", "2018-11")]
    [InlineData("Support stood at 55 percent in the last week of March.", "the last week of March", "2019-03")]
    [InlineData("Sylvania protested on March 3 this year.", "March 3 this year", "2019-03-03")]
    [InlineData("Sylvania protested last summer.", "last summer", "2018-06/2018-08")]
    [InlineData("Sylvania protested on Christmas Eve.", "Christmas Eve", "2018-12-24")]
    [InlineData("Sylvania will protest on Christmas Eve.", "Christmas Eve", "2019-12-24")]
    [InlineData("Sylvania protested last spring.", "last spring", "2019-03/2019-05")]
    [InlineData("Sylvania will protest next autumn.", "next autumn", "2019-09/2019-11")]
    [InlineData("Sylvania protested this spring.", "this spring", "2019-03/2019-05")]
    [InlineData("Sylvania protested last fall.", "last fall", "2018-09/2018-11")]
    [InlineData("Sylvania protested in the autumn of last year.", "the autumn of last year", "2018-09/2018-11")]
    [InlineData("Freedonia complained last month.", "last month", "2019-06")]
    [InlineData("Freedonia complains this month.", "this month", "2019-07")]
    [InlineData("Freedonia will vote next month.", "next month", "2019-08")]
    [InlineData("Freedonia voted last year.", "last year", "2018")]
    [InlineData("Freedonia votes this year.", "this year", "2019")]
    [InlineData("Freedonia votes next year.", "next year", "2020")]
    [InlineData("Sylvania protested last December.", "last December", "2018-12")]
    [InlineData("Sylvania protested last June.", "last June", "2019-06")]
    [InlineData("Sylvania protested last July.", "last July", "2018-07")]
    [InlineData("In March, Sylvania protested.", "March", "2019-03")]
    [InlineData("In September, Sylvania protested.", "September", "2018-09")]
    [InlineData("The envoy left in July this year.", "July this year", "2019-07")]
    [InlineData("The envoy left in July last year.", "July last year", "2018-07")]
    [InlineData("The envoy left in October of last year.", "October of last year", "2018-10")]
    [InlineData("The envoy left in mid-March.", "mid-March", "2019-03")]
    [InlineData("Freedonia protested yesterday.", "yesterday", "2019-07-09")]
    [InlineData("Freedonia protests today.", "today", "2019-07-10")]
    [InlineData("Freedonia protests tomorrow.", "tomorrow", "2019-07-11")]
    [InlineData("Freedonia protested last week.", "last week", "2019-07-01/2019-07-07")]
    [InlineData("Freedonia protested over the weekend.", "over the weekend", "2019-07-06/2019-07-07")]
    [InlineData("Freedonia protested last weekend.", "last weekend", "2019-07-06/2019-07-07")]
    [InlineData("Freedonia protested earlier this year.", "earlier this year", "2019-01/2019-06")]
    [InlineData("Freedonia protested earlier this week.", "earlier this week", "2019-07-08/2019-07-09")]
    [InlineData("Freedonia will protest later this month.", "later this month", "2019-07-11/2019-07-31")]
    [InlineData("Freedonia will decide by the end of this year.", "the end of this year", "2019-07/2019-12")]
    [InlineData("Freedonia will decide early next month.", "early next month", "2019-08")]
    [InlineData("Freedonia protested late last year.", "late last year", "2018")]
    [InlineData("Freedonia protested two weeks ago.", "two weeks ago", "2019-06-24/2019-06-30")]
    [InlineData("Freedonia protested two weeks ago today.", "two weeks ago today", "2019-06-26")]
    [InlineData("Freedonia protested three years ago.", "three years ago", "2016")]
    [InlineData("Freedonia protested 10 days ago.", "10 days ago", "2019-06-30")]
    [InlineData("Freedonia protested a year ago.", "a year ago", "2018")]
    [InlineData("The ministers met on Sunday.", "Sunday", "2019-07-07")]
    [InlineData("The ministers met on Wednesday.", "Wednesday", "2019-07-10")]
    [InlineData("The ministers met last Friday.", "last Friday", "2019-07-05")]
    [InlineData("The ministers met last Wednesday.", "last Wednesday", "2019-07-03")]
    [InlineData("The ministers met last Monday.", "last Monday", "2019-07-01")]
    [InlineData("The ministers meet next Wednesday.", "next Wednesday", "2019-07-17")]
    [InlineData("The ministers will meet on Sunday.", "Sunday", "2019-07-14")]
    [InlineData("The ministers are to meet on Sunday.", "Sunday", "2019-07-14")]
    [InlineData("The ministers meet next Sunday.", "next Sunday", "2019-07-14")]
    // "set" is a future marker only as "set to" or "set for": "set off" and "set free" are past.
    [InlineData("The ministers are set to meet on Sunday.", "Sunday", "2019-07-14")]
    [InlineData("A protester set off a smoke bomb on Sunday.", "Sunday", "2019-07-07")]
    // "plan" as a noun after a past act is that act's object; as a verb, or before any past act, it still looks ahead.
    // A run of days across a month's end, with no year: the first day read as any year-less day, the last the first after it.
    [InlineData("Sylvania will launch a satellite between July 27 and August 4.", "between July 27 and August 4", "2019-07-27/2019-08-04")]
    [InlineData("Freedonia held drills from June 28 to July 3.", "from June 28 to July 3", "2019-06-28/2019-07-03")]
    [InlineData("Sylvania criticized Freedonia's plan on Sunday.", "Sunday", "2019-07-07")]
    [InlineData("Sylvania criticized the plans to build a dam on Sunday.", "Sunday", "2019-07-07")]
    [InlineData("Sylvania plans to protest on Sunday.", "Sunday", "2019-07-14")]
    [InlineData("Freedonia's plan to meet on Sunday was welcomed.", "Sunday", "2019-07-14")]
    public void ResolvesRelativeExpressionsAgainstThePublicationDate(string sentence, string expression, string when) =>
        Assert.Equal([(expression, when, true)], Tag(sentence, Published));

    [Theory]
    [InlineData("Sylvania protested two weeks after Freedonia closed the border.")]
    [InlineData("Sylvania protested on June 17, two weeks after Freedonia's move.")]
    public void FindsNoClauseOffsetWithoutACommaOrAClause(string sentence) =>
        Assert.DoesNotContain(Tag(sentence, Published), t => t.Item1.Contains("after", StringComparison.Ordinal));

    [Theory]
    [InlineData("Freedonia has recently hardened its tone.")]
    [InlineData("Sylvania will reply in the coming days.")]
    [InlineData("Officials may meet again.")]
    [InlineData("Protesters march through Freedonia.")]
    [InlineData("The fund holds 2,019 bonds worth $2019 each.")]
    public void FindsNoDateWhereThereIsNone(string sentence) => Assert.Empty(Tag(sentence, Published));

    [Fact]
    public void LeavesRelativeExpressionsUnresolvedWithoutAPublicationDate()
    {
        var times = Tag("Freedonia complained last month about the 1990s.", published: null);

        Assert.Equal([("last month", null, true), ("the 1990s", "1990/1999", false)], times);
    }

    [Fact]
    public void ResolvesAPastYearlessDayFromTheLastDayOfACoarseAnchor() =>
        Assert.Equal([("December 13", "2024-12-13", true), ("January 13", "2024-01-13", true)],
            Tag("Sylvania protested on December 13 and on January 13.", PartialDate.Month(2024, 12)));

    [Fact]
    public void ResolvesDayExpressionsOverAMonthAnchorAsAnInterval()
    {
        var times = Tag("Freedonia protested yesterday and last month.", PartialDate.Month(2019, 7));

        Assert.Equal([("yesterday", "2019-06-30/2019-07-30", true), ("last month", "2019-06", true)], times);
    }

    [Theory]
    [InlineData("Sylvania protested on June 3. The next day, Freedonia replied.", "The next day", "2019-06-04")]
    [InlineData("Sylvania protested on June 3. Freedonia replied the following day.", "the following day", "2019-06-04")]
    [InlineData("Sylvania protested on June 3. That same day, Freedonia replied.", "That same day", "2019-06-03")]
    [InlineData("Sylvania protested on June 3. Two days later, Freedonia replied.", "Two days later", "2019-06-05")]
    [InlineData("Sylvania protested on June 3. A day earlier, Freedonia had warned it.", "A day earlier", "2019-06-02")]
    [InlineData("The envoys met on May 3-4. The next day, Freedonia replied.", "The next day", "2019-05-05")]
    [InlineData("Sylvania protested on June 3. A meeting the day after the protest was tense.", "the day after", "2019-06-04")]
    [InlineData("The envoys met on May 3-4. In an interview the day before they met, Freedonia was calm.", "the day before", "2019-05-02")]
    [InlineData("Sylvania protested in March 2017. That same month, Freedonia replied.", "That same month", "2017-03")]
    [InlineData("Sylvania protested on March 9, 2017. Later in the month, Freedonia replied.", "Later in the month", "2017-03")]
    [InlineData("Sylvania protested in 2015. The following year, Freedonia replied.", "The following year", "2016")]
    [InlineData("Sylvania protested last month. A week later, Freedonia replied.", "A week later", null)]
    [InlineData("The following year, Freedonia replied.", "The following year", null)]
    [InlineData("Sylvania protested on June 3. A week later, Freedonia replied.", "A week later", "2019-06-10")]
    [InlineData("Sylvania protested in May. Days later, Freedonia replied.", "Days later", "2019-05")]
    [InlineData("Sylvania protested on June 3, a Monday. The same day, Freedonia replied.", "The same day", "2019-06-03")]
    // A date in apposition says which day is meant: the counted day is left to it.
    [InlineData("Sylvania protested on June 3. Freedonia replied in Fredville the next day, July 1.", "the next day", null)]
    // After a comma and before a clause, "N units after" puts the clause's event that much before the date named last,
    // "N units before" that much after it.
    [InlineData("Sylvania protested on June 17, two weeks after Freedonia closed the border.", "two weeks after", "2019-06-03")]
    [InlineData("Sylvania protested on June 17, three days after they met.", "three days after", "2019-06-14")]
    [InlineData("Sylvania protested on June 17, two days before Freedonia replied.", "two days before", "2019-06-19")]
    public void ResolvesAnaphoricExpressionsAgainstTheDateNamedLast(string text, string expression, string? when)
    {
        var times = Tag(text, Published);

        Assert.Contains((expression, when, false), times);
    }

    [Fact]
    public void KeepsTheDayBeforeYesterdayRelativeToPublication()
    {
        // The longer relative phrase wins over the anaphoric "the day before".
        var times = Tag("Sylvania protested on June 3. The day before yesterday, Freedonia replied.", Published);

        Assert.Contains(("The day before yesterday", "2019-07-08", true), times);
    }

    [Fact]
    public void ChainsAnaphoricExpressions()
    {
        var times = Tag("Sylvania protested on June 3. The next day, Freedonia replied. Two days later, talks began.", Published);

        Assert.Equal(["2019-06-03", "2019-06-04", "2019-06-06"], times.Select(t => t.When));
    }

    [Fact]
    public void LabelsEachSpanWithItsRule()
    {
        var document = TestText.Segmented("On Sunday, in 2012 and last month, from 1910 to 1945.", Published);
        new TimeTagger(new TimeExpressionFinder(TestText.Resources.TimeWords)).Process(document);

        Assert.Equal(["weekday", "year", "relative", "range"], document.Times.Select(t => t.Span.Label));
    }
}
