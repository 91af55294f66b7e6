using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Text.Evaluation;

namespace Strait.Text.Tests.Evaluation;

public sealed class EvidenceLocatorTest
{
    private const string Text = "Envoys met at noon. Envoys met at noon again.\nThe talks  ended late.";

    [Fact]
    public void Every_exact_occurrence_is_found() =>
        Assert.Equal([new EvidenceRange(0, 18), new EvidenceRange(20, 38)], EvidenceLocator.Find("Envoys met at noon", Text));

    [Fact]
    public void White_space_in_the_evidence_stands_for_any_run_of_white_space() =>
        Assert.Equal([new EvidenceRange(39, 67)], EvidenceLocator.Find("again. The talks ended late", Text));

    [Theory]
    [InlineData("")]
    [InlineData("Envoys met at midnight")]
    public void Empty_or_absent_evidence_is_nowhere(string evidence) => Assert.Empty(EvidenceLocator.Find(evidence, Text));

    [Theory]
    [InlineData(20, 38, 20)]
    [InlineData(null, null, 0)]
    [InlineData(50, 500, 0)]
    public void Extracted_offsets_are_used_when_they_fit_the_text_else_the_words_are_looked_up(int? start, int? end, int expectedStart)
    {
        var e = new AnnotatedEvent(null, EventStatus.Occurred, ActorCode.ParseExact("ABC"), ActorCode.ParseExact("XYZ"), EventType.CONSULT,
            Issue.Diplomacy, "Envoys met at noon", start, end);

        Assert.Equal(expectedStart, EvidenceLocator.Extracted(e, Text)[0].Start);
    }
}
