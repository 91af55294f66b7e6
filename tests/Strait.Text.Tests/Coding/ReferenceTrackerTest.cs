using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Text.Coding;
using Strait.Text.Pipeline;

namespace Strait.Text.Tests.Coding;

public sealed class ReferenceTrackerTest
{
    private static readonly HashSet<string> Main = ["FRE", "SYL", "OST"];

    private static readonly string[] Ranked = ["SYL", "OST", "FRE"];

    private static ReferenceTracker Read(params (int Paragraph, string Country)[] mentions)
    {
        var tracker = new ReferenceTracker();
        foreach (var (paragraph, country) in mentions)
        {
            tracker.EnterParagraph(paragraph);
            tracker.Saw(new ActorMention(new TextSpan(0, 1), ActorCode.Of(country), MentionKind.Country));
        }

        return tracker;
    }

    [Fact]
    public void The_nearby_country_is_the_one_named_most_in_this_paragraph_and_the_last()
    {
        var tracker = Read((0, "SYL"), (0, "SYL"), (0, "SYL"), (1, "OST"), (2, "OST"), (2, "FRE"), (2, "SYL"));

        Assert.Equal("OST", tracker.NearbyCountry(Main, "FRE", Ranked));
    }

    [Fact]
    public void Ties_go_to_the_article_ranking_and_the_excluded_country_never_counts()
    {
        var tracker = Read((0, "FRE"), (0, "FRE"), (0, "OST"), (0, "SYL"));

        Assert.Equal("SYL", tracker.NearbyCountry(Main, "FRE", Ranked));
    }

    [Fact]
    public void Countries_outside_the_candidates_or_two_paragraphs_back_are_not_nearby()
    {
        var tracker = Read((0, "SYL"), (1, "RUR"), (2, "FRE"));

        Assert.Null(tracker.NearbyCountry(Main, "FRE", Ranked));
    }

    [Fact]
    public void The_two_sides_are_the_parties_of_the_paragraphs_last_joint_act()
    {
        var tracker = Read((0, "OST"), (0, "FRE"), (0, "SYL"));
        tracker.SawJoint(ActorCode.Of("FRE"), ActorCode.Of("OST"));

        Assert.Equal((ActorCode.Of("FRE"), ActorCode.Of("OST")), tracker.Pair());
    }

    [Fact]
    public void A_joint_act_of_an_earlier_paragraph_gives_way_to_the_last_two_actors()
    {
        var tracker = Read((0, "OST"), (0, "FRE"));
        tracker.SawJoint(ActorCode.Of("FRE"), ActorCode.Of("OST"));
        tracker.EnterParagraph(1);
        tracker.Saw(new ActorMention(new TextSpan(0, 1), ActorCode.Of("SYL"), MentionKind.Country));

        Assert.Equal((ActorCode.Of("FRE"), ActorCode.Of("SYL")), tracker.Pair());
    }

    [Fact]
    public void A_group_of_three_is_the_three_main_countries_named_most_nearby()
    {
        var tracker = Read((0, "FRE"), (1, "SYL"), (1, "OST"), (1, "FRE"));

        Assert.Equal(["FRE", "SYL", "OST"], tracker.Group(["SYL", "NFR", "OST", "FRE"]));
    }

    [Fact]
    public void A_later_group_with_fewer_countries_nearby_is_the_group_last_resolved()
    {
        var tracker = Read((0, "FRE"), (1, "SYL"), (1, "OST"), (1, "FRE"));
        tracker.Group(["SYL", "NFR", "OST", "FRE"]);
        tracker.EnterParagraph(5);
        tracker.EnterParagraph(6);

        Assert.Equal(["FRE", "SYL", "OST"], tracker.Group(["SYL", "NFR", "OST", "FRE"]));
    }

    [Fact]
    public void A_subject_it_opening_a_sentence_is_the_last_subject_and_mid_sentence_the_last_state()
    {
        var tracker = Read((0, "SYL"), (0, "FRE"));
        tracker.SawSubject(ActorCode.Of("SYL"));
        tracker.EnterParagraph(1);

        Assert.Equal("SYL", tracker.Pronoun("it", opensSentence: true)!.ToString());
        Assert.Equal("FRE", tracker.Pronoun("it")!.ToString());
        Assert.Null(tracker.Pronoun("its"));
    }

    [Fact]
    public void A_reference_naming_a_kind_of_act_is_the_latest_act_of_that_kind_else_the_latest_of_any()
    {
        var tracker = Read((0, "SYL"));
        tracker.SawSource(ActorCode.Of("SYL", ActorRole.MIL), EventType.THREATEN);
        tracker.SawSource(ActorCode.Of("OST", ActorRole.GOV), EventType.CONSULT);
        var launch = new HashSet<EventType> { EventType.THREATEN, EventType.ASSAULT };

        Assert.Equal(ActorCode.Of("SYL", ActorRole.MIL), tracker.LastActorOtherThan(["FRE"], launch));
        Assert.Equal(ActorCode.Of("OST", ActorRole.GOV), tracker.LastActorOtherThan(["FRE"]));
        Assert.Equal(ActorCode.Of("OST", ActorRole.GOV), tracker.LastActorOtherThan(["FRE"], new HashSet<EventType> { EventType.SANCTION }));
    }

    [Fact]
    public void A_reference_naming_a_kind_of_act_reaches_back_past_the_paragraph_window_and_another_does_not()
    {
        var tracker = Read((0, "SYL"));
        tracker.SawSource(ActorCode.Of("SYL", ActorRole.MIL), EventType.ASSAULT);
        tracker.EnterParagraph(1);
        tracker.EnterParagraph(2);
        var attack = new HashSet<EventType> { EventType.ASSAULT };

        Assert.Equal(ActorCode.Of("SYL", ActorRole.MIL), tracker.LastActorOtherThan(["FRE"], attack));
        Assert.Null(tracker.LastActorOtherThan(["FRE"]));
    }
}
