using Strait.Core.Actors;
using Strait.Core.Documents;
using Strait.Core.Events;
using Strait.Core.Time;
using Strait.Text.Pipeline;

namespace Strait.Text.Evaluation;

/// <summary>
/// One article's events and indicators in the form of FORMAT.md: a gold line, or what the extractor found.
/// An extraction also lists the trigger phrases the coder found and set aside (<see cref="SetAside"/>; none for gold).
/// </summary>
public sealed record ArticleAnnotation(
    string Doc,
    PartialDate? Published,
    PublishedBasis PublishedBasis,
    IReadOnlyList<AnnotatedEvent> Events,
    IReadOnlyList<AnnotatedIndicator> Indicators,
    IReadOnlyList<SetAsideTrigger>? SetAside = null);

/// <summary>
/// One event of an annotation. <see cref="Start"/> and <see cref="End"/> locate the evidence when known;
/// <see cref="OtherSpans"/> holds the offsets of further evidence of the same event (a restatement merged into it).
/// </summary>
public sealed record AnnotatedEvent(
    PartialDate? When,
    EventStatus Status,
    ActorCode Source,
    ActorCode Target,
    EventType Type,
    Issue Issue,
    string Evidence,
    int? Start = null,
    int? End = null,
    double? Confidence = null,
    IReadOnlyList<EvidenceRange>? OtherSpans = null);

/// <summary>One measured figure of an annotation (FORMAT.md's indicators).</summary>
public sealed record AnnotatedIndicator(
    string Measure,
    string Population,
    double Value,
    string Unit,
    PartialDate? When,
    string By,
    string Evidence,
    int? Start = null,
    int? End = null);
