using Strait.Core.Actors;
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
    ];

    /// <summary>With an almanac of eight rows a rare word weighs ln 8 ≈ 2.1, so the threshold is lowered from the data file's.</summary>
    private static readonly DatingCues Cues = DatingTestWorld.Cues with { MatchMinScore = 5.0 };

    private static AlmanacEntry Entry(string when, string summary) =>
        new(new CodedEvent(EventType.CONSULT, EventStatus.Occurred, ActorCode.Of("FRE"), ActorCode.Of("SYL"),
            PartialDate.ParseExact(when), Issue.Diplomacy, [Evidence.FromSource(summary, "made up")], 1.0), summary, "made up", [], null);

    private static TextDocument Infer(string text)
    {
        var document = TestText.Segmented(text);
        var finder = new TimeExpressionFinder(TestText.Resources.TimeWords);
        new PublicationDateInference(Almanac, TestText.Resources, finder, DatingTestWorld.Registry, Cues).Process(document);
        return document;
    }

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

    [Theory]
    [InlineData("Freedonia and Sylvania talked last month.")]
    [InlineData("Last month the Sylvanian navy held a drill.")]
    public void NamesNoEventFromCommonWordsAlone(string text)
    {
        var document = Infer(text);

        Assert.Null(document.Published);
    }

    [Fact]
    public void KeepsCloseAlternativesForTheOtherCluesToChooseAmong()
    {
        var tokenizer = new Tokenizer(TestText.Resources.Abbreviations);
        var matcher = new EventDescriptionMatcher(Almanac, TestText.Resources, tokenizer, Cues);
        const string text = "the Fredville high court ruling on Sylvanian shipyards and compensation";
        var tokens = new List<TextSpan>();
        tokenizer.Tokenize(text, 0, text.Length, tokens);

        var events = matcher.Match(matcher.Stems(text, tokens, 0, tokens.Count), _ => true);

        Assert.Equal(["2018-10-30", "2023-12-21"], events.Select(e => e.Event.When!.ToString()).Order());
    }

    [Fact]
    public void SkipsEventsTheTimeExpressionCannotName()
    {
        var tokenizer = new Tokenizer(TestText.Resources.Abbreviations);
        var matcher = new EventDescriptionMatcher(Almanac, TestText.Resources, tokenizer, Cues);
        const string text = "the Fredville high court ruling on Sylvanian shipyards and compensation";
        var tokens = new List<TextSpan>();
        tokenizer.Tokenize(text, 0, text.Length, tokens);

        var events = matcher.Match(matcher.Stems(text, tokens, 0, tokens.Count), e => e.Event.When!.Start.Year == 2018);

        Assert.Equal("2018-10-30", Assert.Single(events).Event.When!.ToString());
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

        var stems = matcher.Stems(text, tokens, 0, tokens.Count);

        Assert.Contains("g7", stems);
        Assert.Single(matcher.Match(stems, _ => true));
    }
}
