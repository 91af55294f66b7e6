using Strait.Text.Coding;

namespace Strait.Text.Tests.Coding;

/// <summary>Made-up sentences.</summary>
public sealed class EvidenceSpanTest
{
    [Theory]
    [InlineData(true, true, "Freedonia sharply criticized Sylvania")]
    [InlineData(true, false, "Freedonia sharply criticized")]
    [InlineData(false, false, "criticized")]
    public void The_evidence_spans_the_trigger_and_the_mentions_that_named_its_actors(bool source, bool target, string evidence)
    {
        var (document, view) = CodingSentence.Of("Freedonia sharply criticized Sylvania over the plan.");
        var trigger = CodingSentence.TokenOf(view, "criticized");
        var span = EvidenceSpan.Of(document, view, trigger, trigger + 1, source ? view.Mentions[0].StartToken : null, target ? view.Mentions[1].EndToken : null);
        Assert.Equal(evidence, span.Text);
        Assert.Equal(evidence, document.Text[span.Start..span.End]);
    }
}
