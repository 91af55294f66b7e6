using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Core.Time;
using Strait.Text.Evaluation;

namespace Strait.Text.Tests.Evaluation;

public sealed class EventDifferenceTest
{
    private static AnnotatedEvent Event(string? when, EventType type, string source, string target) =>
        new(when is null ? null : PartialDate.ParseExact(when), EventStatus.Occurred, ActorCode.ParseExact(source), ActorCode.ParseExact(target),
            type, Issue.Diplomacy, "made-up evidence");

    [Theory]
    [InlineData("2031-06", "2031-06-03", WhenProblem.None)]
    [InlineData("2031-06", "2031", WhenProblem.TooCoarse)]
    [InlineData("2031-06-01/2031-06-05", "2031-06-02/2031-06-09", WhenProblem.TooCoarse)]
    [InlineData("2031-06", "2031-07", WhenProblem.OtherDate)]
    [InlineData("2031-06", null, WhenProblem.NoDate)]
    public void The_date_problem_follows_the_scoring_rule(string gold, string? coded, WhenProblem expected) =>
        Assert.Equal(expected, EventDifference.Between(Event(gold, EventType.AID, "ABC", "XYZ"), Event(coded, EventType.AID, "ABC", "XYZ")).When);

    [Fact]
    public void A_coarse_date_of_the_same_precision_is_shown_without_precision_words() =>
        Assert.Equal("date too coarse: 2031-06-02/2031-06-09 vs gold 2031-06-01/2031-06-05",
            EventDifference.Between(Event("2031-06-01/2031-06-05", EventType.AID, "ABC", "XYZ"), Event("2031-06-02/2031-06-09", EventType.AID, "ABC", "XYZ")).Describe());

    [Theory]
    [InlineData(EventType.CONSULT, "XYZGOV", "ABCGOV", EventFields.None)]
    [InlineData(EventType.ACCUSE, "XYZGOV", "ABCGOV", EventFields.Actors)]
    [InlineData(EventType.ACCUSE, "ABCMIL", "XYZCVL", EventFields.None)]
    [InlineData(EventType.ACCUSE, "ABC", "IGOWTO", EventFields.Actors)]
    public void Actors_compare_countries_and_may_swap_only_for_symmetric_types(EventType type, string source, string target, EventFields expected) =>
        Assert.Equal(expected, EventDifference.Between(Event("2031", type, "ABCGOV", "XYZGOV"), Event("2031", type, source, target)).Fields);

    [Fact]
    public void A_symmetric_pair_is_compared_the_way_round_that_differs_less() =>
        Assert.Equal("source QRS vs gold ABC",
            EventDifference.Between(Event("2031", EventType.AGREE, "ABCGOV", "XYZGOV"), Event("2031", EventType.AGREE, "XYZGOV", "QRSGOV")).Describe());

    [Fact]
    public void Every_differing_field_is_counted_and_said()
    {
        var difference = EventDifference.Between(Event("2031-06", EventType.REJECT, "ABCGOV", "XYZGOV"), Event("2030", EventType.ACCUSE, "ABCGOV", "QRSGOV"));

        Assert.Equal(3, difference.Count);
        Assert.Equal("when 2030 vs gold 2031-06; type ACCUSE vs gold REJECT; target QRS vs gold XYZ", difference.Describe());
        Assert.Equal("when_type_actors", DiagnosisCategories.OfFields(difference.Fields));
    }
}
