using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Time;
using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

public sealed class EventDeduplicatorTest
{
    private static CodedEvent Event(EventType type, string source, string target, string when) =>
        new(type, EventStatus.Occurred, ActorCode.ParseExact(source), ActorCode.ParseExact(target), PartialDate.ParseExact(when), Issue.Diplomacy, [], 0.5);

    [Theory]
    [InlineData("FREGOV", "SYLGOV", "FREGOV", "SYLGOV")]
    [InlineData("FREGOV", "SYLGOV", "SYLGOV", "FREGOV")]
    [InlineData("FREGOV", "SYLCVL", "FREGOV", "SYLGOV")]
    [InlineData("FRE", "SYLGOV", "FREBUS", "SYLGOV")]
    public void A_restatement_of_a_joint_act_between_the_same_countries_is_the_same_event(string source, string target, string otherSource, string otherTarget) =>
        Assert.True(EventDeduplicator.Same(Event(EventType.CONSULT, source, target, "2031-05"), Event(EventType.CONSULT, otherSource, otherTarget, "2031-05-04")));

    [Theory]
    [InlineData("FREGOV", "SYLBUS", "FREBUS", "SYLBUS")]
    [InlineData("SYLBUS", "FREGOV", "FREBUS", "SYLBUS")]
    public void Two_institutions_of_one_country_make_two_events(string source, string target, string otherSource, string otherTarget) =>
        Assert.False(EventDeduplicator.Same(Event(EventType.CONSULT, source, target, "2031-05"), Event(EventType.CONSULT, otherSource, otherTarget, "2031-05")));

    [Fact]
    public void Merging_keeps_one_event_with_both_pieces_of_evidence()
    {
        var merged = EventDeduplicator.Merge([Event(EventType.ACCUSE, "FREGOV", "SYLGOV", "2031-05"), Event(EventType.ACCUSE, "FREGOV", "SYL", "2031-05-02")]);

        Assert.Equal("2031-05-02", Assert.Single(merged).When!.ToString());
    }
}
