using Strait.Core.Actors;
using Strait.Core.Documents;
using Strait.Core.Events;
using Strait.Core.Knowledge;
using Strait.Core.Time;
using Strait.Text.Dating;
using Strait.Text.Pipeline;
using Strait.Text.Segmentation;
using Strait.Text.Times;

namespace Strait.Text.Tests.Dating;

/// <summary>Events described in a text's own words, against a made-up almanac of Freedonia and Sylvania whose rows have summaries but few aliases.</summary>
public sealed class EventDescriptionMatcherTest
{
    private static readonly IReadOnlyList<AlmanacEntry> Almanac =
    [
        Entry("2018-10-30", "The Fredville high court orders a Sylvanian shipyard to compensate four dock workers"),
        Entry("2023-12-21", "The Fredville high court upholds further compensation orders against Sylvanian shipyards"),
        Entry("2020-09-24", "The new Sylvanian premier and the Freedonian president hold their first phone call"),
        Entry("2022-06-29", "The two leaders meet in Marsh City at the Alliance of Nine summit"),
        Entry("2019-07-01", "Sylvania tightens export licensing for three chemicals"),
        Entry("2016-03-02", "Freedonia and Sylvania sign a fisheries accord"),
        Entry("2017-05-04", "Freedonia and Sylvania hold a cultural festival"),
        Entry("2015-08-15", "Freedonia marks its independence day with a parade"),
        Entry("2021-03-01", "Sylvania starts charging canal tolls"),
    ];

    /// <summary>With an almanac of nine rows a rare word weighs ln 9 ≈ 2.2, so the threshold is lowered from the data file's to about two rare words.</summary>
    private static readonly DatingCues Cues = DatingTestWorld.Cues with { MatchMinScore = 4.0 };

    private static AlmanacEntry Entry(string when, string summary) =>
        new(new CodedEvent(EventType.CONSULT, EventStatus.Occurred, ActorCode.Of("FRE"), ActorCode.Of("SYL"),
            PartialDate.ParseExact(when), Issue.Diplomacy, [Evidence.FromSource(summary, "made up")], 1.0), summary, "made up", [], null);

    private static TextDocument Infer(string text) => DatingTestWorld.Infer(text, Almanac, Cues);

    [Theory]
    [InlineData("Prime Minister Trentino was furious. Last month's ruling by the Fredville high court that a Sylvanian shipyard must compensate four workers angered Sylburg.", "2018-11")]
    [InlineData("The first phone call between the new Sylvanian premier and the Freedonian president last month was cordial.", "2020-10")]
    [InlineData("Both leaders will attend the Alliance of Nine summit in Marsh City at the end of this month.", "2022-06")]
    [InlineData("The export licensing rules for three chemicals that Sylvania tightened last month hurt Freedonian firms.", "2019-08")]
    public void DatesATextByAnEventItDescribesInItsOwnWords(string text, string expected)
    {
        var document = Infer(text);

        Assert.Equal(expected, document.Published?.ToString());
        Assert.Contains("event description", document.Notes[0]);
    }

    [Fact]
    public void LetsTwoAgreeingOfficeHoldersOutvoteALoneDescribedEvent()
    {
        // The parade of a yearly day matches the almanac's row of 2015; the chairman and the prime minister agree on
        // 2020-06 to 2020-12, so the day without its year is 2020's and the report follows it.
        var document = Infer("Freedonia marked its independence day with a parade on August 15. Chairman Pinky Hart and Prime Minister Chicolini watched.");

        Assert.Equal("2020-08", document.Published?.ToString());
    }

    [Fact]
    public void LetsOneOfficeHolderNamedTwiceNotOutvoteADescribedEvent()
    {
        var document = Infer("Freedonia marked its independence day with a parade on August 15. Prime Minister Chicolini watched. Later Prime Minister Chicolini left.");

        // One prime minister named twice is one vote: the described parade of 2015 stands, and the report follows it.
        Assert.Equal("2015-08", document.Published?.ToString());
    }

    [Theory]
    [InlineData("2021-03-02", "2021-03")]
    [InlineData("2021-03", null)]
    public void AWeekdayNamesOnlyAnEventKnownToTheDay(string when, string? expected)
    {
        IReadOnlyList<AlmanacEntry> almanac = [.. Almanac, Entry(when, "Sylvania shuts the northern waterway to Freedonian grain barges")];

        var document = DatingTestWorld.Infer("Sylvania shut the northern waterway to Freedonian grain barges on Tuesday.", almanac, Cues);

        Assert.Equal(expected, document.Published?.ToString());
    }

    [Theory]
    [InlineData("Freedonia and Sylvania talked last month.")]
    [InlineData("Last month the Sylvanian navy held a drill.")]
    public void NamesNoEventFromCommonWordsAlone(string text)
    {
        var document = Infer(text);

        Assert.Null(document.Published);
    }

    [Theory]
    [InlineData("Sylvanian shipyards were ordered to compensate dock workers last month.", "2018-11")]
    [InlineData("Sylvanian shipyards were ordered to compensate dock workers, and last month Freedonia and Sylvania talked.", null)]
    [InlineData("The canal tolls started last year.", "2022")]
    [InlineData("The canal has been busy since the start of last year.", null)]
    public void ReadsOnlyTheTimeExpressionsClauseAndNotItsPositionWords(string text, string? expected)
    {
        Assert.Equal(expected, Infer(text).Published?.ToString());
    }

    [Theory]
    [InlineData("Last month the Sylvanian navy held a drill near the Fredville docks.")]
    [InlineData("Last month a Sylvanian premier and the Freedonian president spoke of independence.")]
    public void LeavesTheDateUnknownWhenOneWordAloneAgrees(string text)
    {
        var document = Infer(text);

        Assert.Null(document.Published);
        Assert.Equal(PublishedBasis.Unknown, document.PublishedBasis);
        Assert.Contains("relative dates stay unresolved", document.Notes[0]);
    }

    [Fact]
    public void KeepsCloseAlternativesForTheOtherCluesToChooseAmong()
    {
        var events = Match("the Fredville high court ruling on Sylvanian shipyards and compensation", new RelativeTime(TimeUnit.Year, -1));

        Assert.Equal(["2018-10-30", "2023-12-21"], events.Select(e => e.Entry.Event.When!.ToString()).Order());
    }

    [Fact]
    public void SkipsEventsTheTimeExpressionCannotName()
    {
        var events = Match("the Fredville high court ruling on Sylvanian shipyards and compensation", new MonthOfYear(10, MonthRelation.Latest));

        Assert.Equal("2018-10-30", Assert.Single(events).Entry.Event.When!.ToString());
    }

    [Fact]
    public void TreatsSpellingsOfOneNameAsOneWord()
    {
        var tokenizer = new Tokenizer(TestText.Resources.Abbreviations);
        var almanac = new[] { Entry("2023-05-21", "Leaders gather for the G7 summit in Marsh City"), Entry("2010-01-01", "A quiet year") };
        var matcher = new EventDescriptionMatcher(almanac, TestText.Resources, tokenizer, Cues with { MatchMinScore = 0.5 });
        const string text = "the Group of Seven meeting in Marsh City";
        var tokens = new List<TextSpan>();
        tokenizer.Tokenize(text, 0, text.Length, tokens);

        var description = matcher.Describe(text, tokens, 0, tokens.Count);

        Assert.Contains("g7", description.Stems);
        Assert.Single(matcher.Match(description, new RelativeTime(TimeUnit.Month, -1)));
    }

    [Fact]
    public void CountsARunOfCapitalisedWordsAsOneNamedThing()
    {
        // "Marsh City" is two words of one name: with the clue count at two, a name alone does not name the summit.
        var lone = Match("the trip to Marsh City", new RelativeTime(TimeUnit.Month, -1));
        var withWhat = Match("the trip to Marsh City for the Alliance of Nine summit", new RelativeTime(TimeUnit.Month, -1));

        Assert.Empty(lone);
        Assert.Equal("2022-06-29", Assert.Single(withWhat).Entry.Event.When!.ToString());
    }

    [Fact]
    public void DoesNotMatchANameWithTheSameWordInLowerCase()
    {
        // "Independence" and "Parade" in a name are not the independence day parade of the almanac row: only "marks" agrees.
        var events = Match("the Independence Parade Company marks its anniversary", new RelativeTime(TimeUnit.Year, -1));
        var lowerCase = Match("the independence parade marks its anniversary", new RelativeTime(TimeUnit.Year, -1));

        Assert.Empty(events);
        Assert.Equal("2015-08-15", Assert.Single(lowerCase).Entry.Event.When!.ToString());
    }

    [Fact]
    public void AFittingDayCountsAsAClue()
    {
        // Licensing alone is one clue; "July 1" fitting the row's date is a second, unlikely by chance; July is not.
        var withDay = Match("the licensing rules", new DayOfYear(7, 1, 1));
        var withMonth = Match("the licensing rules", new MonthOfYear(7, MonthRelation.Latest));

        Assert.Equal("2019-07-01", Assert.Single(withDay).Entry.Event.When!.ToString());
        Assert.Empty(withMonth);
    }

    [Theory]
    [InlineData("Rufus Firefly will meet Trentino next month", false)]
    [InlineData("Pinky Hart will meet Chicolini in Marsh City next month", false)]
    [InlineData("Rufus Firefly will meet Trentino in Marsh City next month", true)]
    public void CountsThePeopleNamedAsOneClue(string text, bool named)
    {
        // Who took part says little about which of their meetings is meant; a place or a word of what happened must agree too.
        IReadOnlyList<AlmanacEntry> almanac =
        [
            Entry("2019-04-02", "Rufus Firefly meets Trentino in Marsh City"),
            Entry("2018-05-02", "Rufus Firefly and Trentino sign the canal accord"),
            .. Enumerable.Range(2001, 6).Select(year => Entry($"{year}-01-01", "A quiet year")),
        ];

        var events = Match(text, new RelativeTime(TimeUnit.Month, 1), almanac);

        Assert.Equal(named, events.Count == 1);
    }

    private static IReadOnlyList<DescriptionMatch> Match(string text, TimeReference reference, IReadOnlyList<AlmanacEntry>? almanac = null)
    {
        var tokenizer = new Tokenizer(TestText.Resources.Abbreviations);
        var matcher = new EventDescriptionMatcher(almanac ?? Almanac, TestText.Resources, tokenizer, Cues, DatingTestWorld.Registry);
        var tokens = new List<TextSpan>();
        tokenizer.Tokenize(text, 0, text.Length, tokens);
        return matcher.Match(matcher.Describe(text, tokens, 0, tokens.Count), reference);
    }
}
