using Strait.Text.Pipeline;

namespace Strait.Text.Evaluation;

/// <summary>What the coder did at the place a missed gold event is stated.</summary>
public enum MissKind
{
    /// <summary>No coded event's evidence overlaps the gold evidence.</summary>
    NothingCoded,
    /// <summary>An unmatched coded event lies there; <see cref="MissDiagnosis.Difference"/> says which fields differ.</summary>
    FieldsDiffer,
    /// <summary>The only coded events there were matched to other gold events.</summary>
    CodedForOtherGold,
    /// <summary>The gold evidence is not in the article's text, so nothing can be said about its place.</summary>
    EvidenceNotFound,
}

/// <summary>
/// Why one gold event was missed, in one line: nothing coded at its evidence, or the fields in which the
/// closest event coded there differs from it. When nothing was coded there, <see cref="SetAside"/> is the trigger
/// phrase the coder found there and set aside, if any.
/// </summary>
public sealed record MissDiagnosis(AnnotatedEvent Gold, MissKind Kind, AnnotatedEvent? Closest = null, EventDifference? Difference = null,
    SetAsideTrigger? SetAside = null)
{
    /// <summary>Why nothing was coded, for the summary: <c>no_trigger</c>, or the set-aside reason's key; null for other misses.</summary>
    public string? NothingCodedCategory => Kind != MissKind.NothingCoded ? null
        : SetAside is null ? DiagnosisCategories.NoTrigger
        : SetAside.ReasonKey;

    /// <summary>The key under which the summary counts it: <c>nothing_coded</c>, <c>when</c>, <c>type_actors</c>...</summary>
    public string Category => Kind switch
    {
        MissKind.NothingCoded => DiagnosisCategories.NothingCoded,
        MissKind.CodedForOtherGold => DiagnosisCategories.CodedForOtherGold,
        MissKind.EvidenceNotFound => DiagnosisCategories.EvidenceNotFound,
        _ => DiagnosisCategories.OfFields(Difference?.Fields ?? EventFields.None),
    };

    public string Explain() => Kind switch
    {
        MissKind.NothingCoded when SetAside is { } found =>
            $"nothing coded at this span: trigger \"{found.Words}\" ({found.Type}) set aside: {found.ReasonText}",
        MissKind.NothingCoded => "nothing coded at this span: no trigger phrase of the pattern file matches here",
        MissKind.EvidenceNotFound => "the gold evidence is not in the article's text",
        MissKind.CodedForOtherGold => $"the event coded here ({EventText.Short(Closest!)}) matched another gold event",
        _ => $"{Difference!.Describe()} (coded {EventText.Short(Closest!)})",
    };
}
