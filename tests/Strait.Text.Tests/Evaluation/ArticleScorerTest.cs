using Strait.Core.Actors;
using Strait.Core.Documents;
using Strait.Core.Events;
using Strait.Core.Time;
using Strait.Text.Evaluation;

namespace Strait.Text.Tests.Evaluation;

public sealed class ArticleScorerTest
{
    private static AnnotatedEvent Event(string when, string source, string target, EventType type,
        EventStatus status = EventStatus.Occurred, Issue issue = Issue.Diplomacy) =>
        new(PartialDate.ParseExact(when), status, ActorCode.ParseExact(source), ActorCode.ParseExact(target), type, issue, "made-up evidence");

    private static ArticleAnnotation Article(IReadOnlyList<AnnotatedEvent> events, string? published = "2030-04") =>
        new("a.txt", published is null ? null : PartialDate.ParseExact(published), PublishedBasis.Header, events, []);

    [Fact]
    public void An_identical_event_matches_at_every_level()
    {
        var e = Event("2030-04-02", "ABCGOV", "XYZGOV", EventType.SANCTION);
        var result = ArticleScorer.Score(Article([e]), Article([e]));
        Assert.Equal(new Score(1, 1, 1), result.Events);
        Assert.Equal(new Score(1, 1, 1), result.EventsLenient);
        Assert.Equal(new Score(1, 1, 1), result.EventsStrict);
    }

    [Fact]
    public void Matching_is_one_to_one_so_a_duplicate_extraction_costs_precision()
    {
        var gold = Event("2030-04", "ABCGOV", "XYZGOV", EventType.SANCTION);
        var extracted = Event("2030-04", "ABCGOV", "XYZGOV", EventType.SANCTION);
        var result = ArticleScorer.Score(Article([gold]), Article([extracted, extracted]));
        Assert.Equal(new Score(1, 2, 1), result.Events);
        Assert.Equal(0.5, result.Events.Precision);
        Assert.Equal(1.0, result.Events.Recall);
        Assert.Single(result.False);
    }

    [Fact]
    public void Matching_is_maximum_not_greedy()
    {
        // The first extracted event could match either gold event; the second only the first gold event.
        // A greedy pairing of gold 1 with extracted 1 would leave one pair out.
        var gold1 = Event("2030", "ABCGOV", "XYZGOV", EventType.ACCUSE);
        var gold2 = Event("2030-05", "ABCGOV", "XYZGOV", EventType.ACCUSE);
        var extracted1 = Event("2030-05-03", "ABCGOV", "XYZGOV", EventType.ACCUSE);
        var extracted2 = Event("2030-09", "ABCGOV", "XYZGOV", EventType.ACCUSE);
        var result = ArticleScorer.Score(Article([gold1, gold2]), Article([extracted1, extracted2]));
        Assert.Equal(2, result.Events.Matched);
    }

    [Theory]
    [InlineData("2030-04", "2030-04-17", true)]
    [InlineData("2030-04", "2030-04", true)]
    [InlineData("2030-04", "2030", false)]
    [InlineData("2030-04", "2030-05", false)]
    [InlineData("2030/2032", "2031-06", true)]
    [InlineData("2030-04-01/2030-04-03", "2030-04-02", true)]
    [InlineData("2030-04-02", "2030-04-01/2030-04-03", false)]
    public void When_must_overlap_and_be_no_longer_than_gold(string gold, string extracted, bool expected) =>
        Assert.Equal(expected, EventMatcher.WhenMatches(PartialDate.ParseExact(gold), PartialDate.ParseExact(extracted)));

    [Fact]
    public void A_missing_date_matches_only_a_missing_date()
    {
        Assert.True(EventMatcher.WhenMatches(null, null));
        Assert.False(EventMatcher.WhenMatches(PartialDate.Year(2030), null));
        Assert.False(EventMatcher.WhenMatches(null, PartialDate.Year(2030)));
    }

    [Theory]
    [InlineData(EventType.CONSULT, true)]
    [InlineData(EventType.AGREE, true)]
    [InlineData(EventType.COOPERATE, true)]
    [InlineData(EventType.ACCUSE, false)]
    [InlineData(EventType.SANCTION, false)]
    public void Only_symmetric_types_match_with_source_and_target_swapped(EventType type, bool expected)
    {
        var gold = Event("2030", "ABCGOV", "XYZGOV", type);
        var swapped = Event("2030", "XYZGOV", "ABCGOV", type);
        Assert.Equal(expected, EventMatcher.Matches(gold, swapped, MatchLevel.Default));
    }

    [Fact]
    public void Roles_count_only_in_the_strict_score()
    {
        var gold = Event("2030", "ABCGOV", "XYZBUS", EventType.SANCTION);
        var extracted = Event("2030", "ABCJUD", "XYZ", EventType.SANCTION);
        Assert.True(EventMatcher.Matches(gold, extracted, MatchLevel.Default));
        Assert.False(EventMatcher.Matches(gold, extracted, MatchLevel.Strict));
    }

    [Fact]
    public void The_lenient_score_drops_type_and_the_strict_adds_status_and_issue()
    {
        var gold = Event("2030", "ABCGOV", "XYZGOV", EventType.SANCTION, EventStatus.Planned, Issue.Trade);
        Assert.True(EventMatcher.Matches(gold, Event("2030", "ABCGOV", "XYZGOV", EventType.THREATEN), MatchLevel.Lenient));
        Assert.False(EventMatcher.Matches(gold, Event("2030", "ABCGOV", "XYZGOV", EventType.THREATEN), MatchLevel.Default));
        Assert.False(EventMatcher.Matches(gold, Event("2030", "ABCGOV", "XYZGOV", EventType.SANCTION, EventStatus.Occurred, Issue.Trade), MatchLevel.Strict));
        Assert.False(EventMatcher.Matches(gold, Event("2030", "ABCGOV", "XYZGOV", EventType.SANCTION, EventStatus.Planned, Issue.Security), MatchLevel.Strict));
        Assert.True(EventMatcher.Matches(gold, Event("2030", "ABCGOV", "XYZGOV", EventType.SANCTION, EventStatus.Planned, Issue.Trade), MatchLevel.Strict));
    }

    [Fact]
    public void An_international_body_is_compared_whole()
    {
        var gold = Event("2030", "ABCGOV", "IGOWTO", EventType.ACCUSE);
        Assert.True(EventMatcher.Matches(gold, Event("2030", "ABC", "IGOWTO", EventType.ACCUSE), MatchLevel.Default));
        Assert.False(EventMatcher.Matches(gold, Event("2030", "ABC", "IGOIOC", EventType.ACCUSE), MatchLevel.Default));
    }

    [Theory]
    [InlineData("2030-04", "2030-04-17", true)]
    [InlineData("2030-04", "2030-04", true)]
    [InlineData("2030-04", "2030-05-01", false)]
    [InlineData("2030-04-17", "2030-04", false)]
    [InlineData("2030", "2030-11-02", true)]
    [InlineData(null, null, true)]
    [InlineData("2030", null, false)]
    [InlineData(null, "2030", false)]
    public void The_publication_date_is_exact_at_the_gold_precision(string? gold, string? extracted, bool expected) =>
        Assert.Equal(expected, ArticleScorer.PublishedMatches(
            gold is null ? null : PartialDate.ParseExact(gold), extracted is null ? null : PartialDate.ParseExact(extracted)));

    [Fact]
    public void Indicators_match_on_value_unit_population_and_when()
    {
        var gold = new AnnotatedIndicator("trust in Xyzland", "ABC", 41.5, "percent", PartialDate.Year(2031), "a pollster", "made up");
        Assert.True(ArticleScorer.IndicatorMatches(gold, gold with { Measure = "other words", By = "someone" }));
        Assert.False(ArticleScorer.IndicatorMatches(gold, gold with { Value = 41.6 }));
        Assert.False(ArticleScorer.IndicatorMatches(gold, gold with { Population = "XYZ" }));
        Assert.False(ArticleScorer.IndicatorMatches(gold, gold with { Unit = "ratio" }));
        Assert.False(ArticleScorer.IndicatorMatches(gold, gold with { When = PartialDate.Year(2030) }));
    }

    [Fact]
    public void Scores_with_nothing_extracted_are_zero_not_undefined()
    {
        var result = ArticleScorer.Score(Article([Event("2030", "ABC", "XYZ", EventType.AID)]), Article([]));
        Assert.Equal(0, result.Events.Precision);
        Assert.Equal(0, result.Events.F1);
        Assert.Single(result.Missed);
    }
}
