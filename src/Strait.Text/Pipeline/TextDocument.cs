using Strait.Core.Documents;
using Strait.Core.Events;
using Strait.Core.Time;

namespace Strait.Text.Pipeline;

/// <summary>
/// The one document type the pipeline works over: the source <see cref="Document"/> (whose text is never
/// changed) and the annotations the components add, each a span over that text.
/// </summary>
public sealed class TextDocument
{
    public TextDocument(Document document)
    {
        Document = document;
        Published = document.Published;
        PublishedBasis = document.PublishedBasis;
    }

    public Document Document { get; }

    public string Text => Document.Text;

    /// <summary>The publication date; a component may infer it when the document has none.</summary>
    public PartialDate? Published { get; set; }

    public PublishedBasis PublishedBasis { get; set; }

    public List<TextSpan> Paragraphs { get; } = [];

    public List<TextSpan> Sentences { get; } = [];

    public List<TextSpan> Tokens { get; } = [];

    public List<ActorMention> Actors { get; } = [];

    public List<TimeExpression> Times { get; } = [];

    public List<CodedEvent> Events { get; } = [];

    public List<Indicator> Indicators { get; } = [];

    /// <summary>Trigger phrases the event coder found and set aside, with why (for a developer checking the coder).</summary>
    public List<SetAsideTrigger> SetAside { get; } = [];

    /// <summary>Warnings a component wants the user to see (an undatable document, say).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>
    /// The unresolved time expressions of each sentence as a finder found them, kept with that finder so that the
    /// stages that need them (publication dating, then time tagging) find them once; null until one asks
    /// (<see cref="Times.TimeExpressionFinder.FindBySentence"/>).
    /// </summary>
    public (Times.TimeExpressionFinder Finder, IReadOnlyList<IReadOnlyList<Times.FoundTime>> BySentence)? FoundTimes { get; set; }

    /// <summary>
    /// The coder's view of each sentence, kept with the knowledge that built it so that a later stage with the same
    /// knowledge (the indicator extractor) reads the same views instead of building them again; null until built.
    /// </summary>
    public (Coding.CodingKnowledge Knowledge, IReadOnlyList<Coding.SentenceView> Views)? SentenceViews { get; set; }
}
