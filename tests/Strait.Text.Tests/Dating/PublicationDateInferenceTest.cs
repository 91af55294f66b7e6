using Strait.Core.Actors;
using Strait.Core.Documents;
using Strait.Core.Events;
using Strait.Core.Knowledge;
using Strait.Core.Time;
using Strait.Text.Dating;
using Strait.Text.Pipeline;
using Strait.Text.Times;

namespace Strait.Text.Tests.Dating;

/// <summary>Publication dates inferred from the made-up almanac of Freedonia and Sylvania.</summary>
public sealed class PublicationDateInferenceTest
{
    /// <summary>The dating tests' made-up almanac (<see cref="DatingTestWorld.Almanac"/>).</summary>
    private static IReadOnlyList<AlmanacEntry> Almanac => DatingTestWorld.Almanac;

    private static TextDocument Infer(string text, PartialDate? published = null)
    {
        var document = TestText.Segmented(text, published);
        var finder = new TimeExpressionFinder(TestText.Resources.TimeWords);
        new PublicationDateInference(Almanac, TestText.Resources, finder).Process(document);
        new TimeTagger(finder).Process(document);
        return document;
    }

    [Theory]
    [InlineData("Tensions rose after last month’s Group of Nine summit in Fredville.", "2019-07")]
    [InlineData("Tensions rose after last month's summit of the Nine in Fredville.", "2019-07")]
    [InlineData("The summit of the Nine in Fredville last month changed little.", "2019-07")]
    [InlineData("The Fredville summit, held earlier this month, changed little.", null)]
    [InlineData("Since the Sylburg accord last year, trade has grown.", "2017")]
    [InlineData("The Sylburg accord, signed three years ago, still holds.", "2019")]
    [InlineData("The Sylburg accord, signed earlier this year, still holds.", "2016")]
    [InlineData("Yesterday’s Marsh Island clash left two injured.", "2021-11-08")]
    [InlineData("The Marsh Island clash on Sunday left two injured.", "2021-11")]
    [InlineData("The Lakeside summit two years ago was cordial.", null)]
    [InlineData("The Lakeside summit last year was cordial.", null)]
    [InlineData("In March, the Sylburg accord was signed.", null)]
    [InlineData("In May, the Sylburg accord was signed.", null)]
    [InlineData("The Marsh Island clash on Monday left two injured.", null)]
    public void InfersTheDateFromAnEventNamedRelativeToNow(string text, string? expected)
    {
        var document = Infer(text);

        Assert.Equal(expected, document.Published?.ToString());
        Assert.Equal(expected is null ? PublishedBasis.Unknown : PublishedBasis.Inferred, document.PublishedBasis);
        Assert.Single(document.Notes);
    }

    [Fact]
    public void ChoosesAmongEventsWithTheSameAliasByTheOtherClues()
    {
        var document = Infer("The Lakeside summit two years ago was cordial. The Sylburg accord, signed earlier this year, followed it.");

        Assert.Equal("2016", document.Published?.ToString());
    }

    [Fact]
    public void CombinesCluesIntoTheNarrowestDate()
    {
        var document = Infer("The Sylburg accord, signed three years ago, still holds. Last month’s Group of Nine summit in Fredville endorsed it.");

        Assert.Equal("2019-07", document.Published?.ToString());
    }

    [Fact]
    public void LeavesTheDateUnknownWhenCluesDisagree()
    {
        var document = Infer("Last month’s Group of Nine summit in Fredville was tense. The Sylburg accord was signed last year.");

        Assert.Null(document.Published);
        Assert.Equal(PublishedBasis.Unknown, document.PublishedBasis);
        Assert.Contains("disagree", document.Notes[0]);
    }

    [Fact]
    public void SaysSoWhenThereIsNoClueAndLeavesRelativeDatesUnresolved()
    {
        var document = Infer("Freedonia complained last month. The Fredville summit was tense.");

        Assert.Null(document.Published);
        Assert.Contains("no almanac event", document.Notes[0]);
        Assert.All(document.Times, t => Assert.Null(t.When));
    }

    [Fact]
    public void ResolvesTheOtherRelativeDatesAgainstTheInferredDate()
    {
        var document = Infer("Last month’s Group of Nine summit in Fredville was tense. Sylvania had protested last December.");

        Assert.Equal("2019-07", document.Published?.ToString());
        Assert.Contains(document.Times, t => t.Span.Of(document.Text) == "last December" && t.When == PartialDate.Month(2018, 12));
    }

    [Fact]
    public void KeepsAStatedDate()
    {
        var document = Infer("Last month’s Group of Nine summit in Fredville was tense.", PartialDate.Day(2030, 1, 1));

        Assert.Equal(PartialDate.Day(2030, 1, 1), document.Published);
        Assert.Equal(PublishedBasis.Header, document.PublishedBasis);
        Assert.Empty(document.Notes);
    }

    [Theory]
    [InlineData("Prime Minister Trentino thanked Chairman Pinky Hart. Sylvania recalled its envoy on March 3.", "2019-06-01..2019-09-01 or 2020-03-03..2020-05-31")]
    [InlineData("Prime Minister Trentino thanked Chairman Pinky Hart. The talks will resume in July.", "2019-06-01..2019-07-31 or 2020-05-02..2020-05-31")]
    [InlineData("Prime Minister Trentino thanked Chairman Pinky Hart. Talks began in May last year. Sylvania recalled its envoy on March 3.", "2019-06-01..2020-05-31")]
    public void BoundsTheWindowByDaysWithoutAYear(string text, string window)
    {
        // Both office holders allow 2019-06-01..2020-05-31. A day reported as done puts publication within half a year
        // after it; a scheduled month, within the scheduled horizon before its end; a day soon after a past year named
        // relative to now ("last year") is that year's and bounds nothing.
        var document = InferWithRoles(text);

        Assert.Null(document.Published);
        Assert.Contains(window, document.Notes[0]);
    }

    [Fact]
    public void ReadsADayNamedWithItsWeekdayAsOneOfTheLastTwoWeeks()
    {
        // Both office holders allow 2019-06-01..2020-05-31; of the two March 3rds only 2020's is a Tuesday, and a day
        // named by its weekday is news of the last two weeks: 2020-03-03..2020-03-16, within one month.
        var document = InferWithRoles("Prime Minister Trentino thanked Chairman Pinky Hart. Sylvania recalled its envoy on Tuesday, March 3.");

        Assert.Equal(PartialDate.Month(2020, 3), document.Published);
    }

    [Fact]
    public void ReadsAPresentTenseAfterWhoBeforeADayAsScheduled()
    {
        // "who returns on March 3" tells of what is to come, as "will return" does; "who returned" of what was done.
        var present = InferWithRoles("Prime Minister Trentino thanked Chairman Pinky Hart, who returns to Fredville on March 3.");
        var future = InferWithRoles("Prime Minister Trentino thanked Chairman Pinky Hart, who will return to Fredville on March 3.");
        var past = InferWithRoles("Prime Minister Trentino thanked Chairman Pinky Hart, who returned to Fredville on March 3.");

        Assert.Equal(future.Published, present.Published);
        Assert.Equal(future.Notes[0], present.Notes[0]);
        Assert.NotEqual(past.Notes[0], present.Notes[0]);
    }

    private static TextDocument InferWithRoles(string text) => DatingTestWorld.Infer(text, DatingTestWorld.Almanac, DatingTestWorld.Cues);

    [Theory]
    [InlineData("Defense Secretary Zeppo thanked Chairman Pinky Hart.", "2019")]
    [InlineData("Defense Secretary Zeppo met Prime Minister Trentino.", "2019")]
    // Within a window of one year, the month of the latest event reported as done, however long before the window's end:
    // a month is never a worse answer than the year.
    [InlineData("Defense Secretary Zeppo recalled the summit of the Nine in Fredville.", "2019-06")]
    [InlineData("Defense Secretary Zeppo recalled the Harbour accord.", "2019-11")]
    [InlineData("Freedonia's defense secretary, Zeppo, spoke.", "2019")]
    [InlineData("Defense Secretary Zeppo will attend the summit of the Nine in Fredville.", "2019-06")]
    [InlineData("Defense Secretary Zeppo said the pact will expire on November 23.", "2019-11")]
    // An election day ahead in the present tense ("voters go to the polls on ...") is scheduled like one with "will".
    [InlineData("Defense Secretary Zeppo campaigned, and Freedonian voters go to the polls on November 23.", "2019-11")]
    [InlineData("Defense Secretary Zeppo spoke. In October this year, Freedonia protested.", "2019")]
    [InlineData("Defense Secretary Zeppo spoke. In December this year, Freedonia protested.", "2019-12")]
    [InlineData("Sylvania's new prime minister praised Chairman Pinky Hart.", "2020")]
    [InlineData("Chairman Pinky Hart praised Prime Minister Trentino. Sylvania's new prime minister was absent.", null)]
    // A nameless new office holder before a future marker is one yet to take office, and dates nothing.
    [InlineData("Chairman Pinky Hart spoke. Sylvania's new prime minister is expected to attend.", null)]
    [InlineData("Chairman Pinky Hart said the pact will expire on November 23.", null)]
    // A wire dateline ("FREDVILLE, Oct. 30 -") names the day the report was filed; a day after a place that is not in
    // capitals is a day reported as done, and the report comes in the month of the latest such day.
    [InlineData("FREDVILLE, Oct. 30 - Defense Secretary Zeppo thanked Chairman Pinky Hart.", "2019-10-30")]
    [InlineData("FREDVILLE, Freedonia (Oct. 30) - Defense Secretary Zeppo thanked Chairman Pinky Hart.", "2019-10-30")]
    [InlineData("FREDVILLE, Oct 30 (Freedonian Wire) - Defense Secretary Zeppo thanked Chairman Pinky Hart.", "2019-10-30")]
    [InlineData("Freedonia, Oct. 30 - Defense Secretary Zeppo thanked Chairman Pinky Hart.", "2019-10")]
    [InlineData("Defense Secretary Zeppo thanked Chairman Pinky Hart. Sylvania recalled its envoy on Aug. 3.", "2019-08")]
    // A short window across a month's end that opens with a day reported as done is that day's month, though most of
    // it lies in the next (after the Harbour accord, "Dec. 28" to Harpo's last day, 2020-01-10).
    [InlineData("Foreign Minister Harpo praised the Harbour accord. Sylvania recalled its envoy on Dec. 28.", "2019-12")]
    [InlineData("In 2012, Prime Minister Trentino visited Fredville.", null)]
    [InlineData("Trentino and Rufus Firefly met in Fredville.", null)]
    public void NarrowsAWindowFromRolesAndPicksAPoint(string text, string? expected)
    {
        var document = InferWithRoles(text);

        Assert.True(expected == document.Published?.ToString(), string.Join(" ", document.Notes));
        Assert.Single(document.Notes);
    }

    [Fact]
    public void LetsAgreeingTitlesOutvoteAStrayOne()
    {
        var document = InferWithRoles("Defense Secretary Zeppo, Chairman Pinky Hart and Prime Minister Trentino spoke. Prime Minister Chicolini was absent.");

        Assert.Equal("2019", document.Published?.ToString());
        Assert.Contains("1 of 4 clues outvoted", document.Notes[0]);
    }

    [Fact]
    public void LetsNoTitleOverrideAnEventNamedRelativeToNow()
    {
        var document = InferWithRoles("Prime Minister Chicolini thanked Freedonia. Later Prime Minister Chicolini left. Last month’s Group of Nine summit in Fredville was tense.");

        Assert.Equal("2019-07", document.Published?.ToString());
    }

    [Theory]
    [InlineData("Chicolini, who became prime minister last month, thanked Freedonia.", "2020-07")]
    [InlineData("Chicolini spoke. Two months ago he took office as prime minister.", "2020-08")]
    [InlineData("Chicolini, who became prime minister, thanked Freedonia.", null)]
    public void DatesTheStartOfATermNamedRelativeToNow(string text, string? expected)
    {
        var document = InferWithRoles(text);

        Assert.Equal(expected, document.Published?.ToString());
    }

    [Theory]
    [InlineData("2019-06-28/2019-06-29", "last month", "2019-07-01", "2019-07-31")]
    [InlineData("2019-12", "last month", "2020-01-01", "2020-01-31")]
    [InlineData("2016-03", "last year", "2017-01-01", "2017-12-31")]
    [InlineData("2018-12", "last December", "2019-01-01", "2019-12-31")]
    [InlineData("2021-11-07", "yesterday", "2021-11-08", "2021-11-08")]
    [InlineData("2021-11-07", "two weeks ago", "2021-11-15", "2021-11-27")]
    public void RunsAReferenceBackwards(string when, string phrase, string start, string end)
    {
        var finder = new TimeExpressionFinder(TestText.Resources.TimeWords);
        var reference = Assert.Single(finder.Find(phrase, new Strait.Text.Segmentation.Tokenizer(TestText.Resources.Abbreviations))).Reference;

        var range = DatingClue.Range(PartialDate.ParseExact(when), reference);

        Assert.Equal((start, end), (range!.Start.ToString("uuuu-MM-dd", null), range.End.ToString("uuuu-MM-dd", null)));
    }

    [Theory]
    [InlineData("2021-10-04", "on October 4", null, "2021-04-05", "2022-04-04")]
    [InlineData("2021-10-04", "on October 4", true, "2021-09-04", "2022-10-03")]
    [InlineData("2021-10-04", "on October 4", false, "2020-10-05", "2021-10-04")]
    [InlineData("2021-05", "in May", true, "2021-05-01", "2022-04-30")]
    [InlineData("2021-05", "in May", false, "2020-06-01", "2021-05-31")]
    public void ReadsADayOrMonthWithoutItsYearByWhetherTheEventIsDone(string when, string phrase, bool? done, string start, string end)
    {
        var finder = new TimeExpressionFinder(TestText.Resources.TimeWords);
        var reference = Assert.Single(finder.Find(phrase, new Strait.Text.Segmentation.Tokenizer(TestText.Resources.Abbreviations))).Reference;

        var range = DatingClue.Range(PartialDate.ParseExact(when), reference, done);

        Assert.Equal((start, end), (range!.Start.ToString("uuuu-MM-dd", null), range.End.ToString("uuuu-MM-dd", null)));
    }

    [Fact]
    public void LetsNoTitleThatAllowsOnlyASliverOfTheWindowVote()
    {
        // The accord "last year" allows 2020; Harpo's term covers only its first ten days: the title names the office
        // he held at some event the text reports, not at publication.
        var document = InferWithRoles("Foreign Minister Harpo spoke at length. The Harbour accord, signed last year, still holds.");

        Assert.Equal("2020", document.Published?.ToString());
    }

    [Fact]
    public void DatesAShortWindowAcrossAMonthsEndThatNoEventOpensToTheMonthHoldingMostOfIt()
    {
        // Three weeks after the clash of 2021-11-07: 2021-11-22 to 2021-12-04, nine days in November; four weeks after
        // it, 2021-11-29 to 2021-12-11, two days in November.
        Assert.Equal("2021-11", Infer("The Marsh Island clash three weeks ago left two injured.").Published?.ToString());
        Assert.Equal("2021-12", Infer("The Marsh Island clash four weeks ago left two injured.").Published?.ToString());
    }
}
