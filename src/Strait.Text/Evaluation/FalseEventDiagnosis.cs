namespace Strait.Text.Evaluation;

/// <summary>What lies in the gold at the place of a coded event that matched nothing.</summary>
public enum FalseKind
{
    /// <summary>It is the closest coded event to a missed gold event there: one near miss, shown with the miss.</summary>
    NearMiss,
    /// <summary>No gold event's evidence overlaps its evidence.</summary>
    NoGoldHere,
    /// <summary>A gold event lies there, but it is matched to (or nearer) another coded event: an extra or a duplicate.</summary>
    ExtraAtGoldSpan,
    /// <summary>Its evidence has no offsets and its words are not in the article's text.</summary>
    SpanUnknown,
}

/// <summary>
/// Why one coded event matched no gold event, in one line. <see cref="At"/> is the piece of its evidence that
/// lies on <see cref="Gold"/>'s (a merged event has several; this one need not be the first).
/// </summary>
public sealed record FalseEventDiagnosis(AnnotatedEvent Extracted, FalseKind Kind, AnnotatedEvent? Gold = null, EvidenceRange? At = null)
{
    public string Category => Kind switch
    {
        FalseKind.NearMiss => DiagnosisCategories.NearMiss,
        FalseKind.NoGoldHere => DiagnosisCategories.NoGoldHere,
        FalseKind.ExtraAtGoldSpan => DiagnosisCategories.ExtraAtGoldSpan,
        _ => DiagnosisCategories.SpanUnknown,
    };

    public string Explain() => Kind switch
    {
        FalseKind.NearMiss => $"near miss of gold {EventText.Short(Gold!)}",
        FalseKind.NoGoldHere => "no gold event here",
        FalseKind.ExtraAtGoldSpan => $"extra: the gold event here ({EventText.Short(Gold!)}) went to another coded event",
        _ => "its evidence is not in the article's text",
    };
}
