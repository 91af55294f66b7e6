using Strait.Text.Pipeline;

namespace Strait.Text.Evaluation;

/// <summary>
/// The keys under which misses and false events are counted (the <c>diagnosis</c> object of <c>eval --json</c>),
/// each with the words the table shows. The lists are fixed so that every key is always present.
/// </summary>
public static class DiagnosisCategories
{
    public const string NothingCoded = "nothing_coded";
    public const string CodedForOtherGold = "coded_for_other_gold";
    public const string EvidenceNotFound = "evidence_not_found";
    public const string NearMiss = "near_miss";
    public const string NoGoldHere = "no_gold_here";
    public const string ExtraAtGoldSpan = "extra_at_gold_span";
    public const string SpanUnknown = "span_unknown";
    public const string NoTrigger = "no_trigger";

    public static IReadOnlyList<(string Key, string Label)> Misses { get; } =
    [
        (NothingCoded, "nothing coded at the span"),
        ("when", "wrong when"),
        ("type", "wrong type"),
        ("actors", "wrong actors"),
        ("when_type", "wrong when + type"),
        ("when_actors", "wrong when + actors"),
        ("type_actors", "wrong type + actors"),
        ("when_type_actors", "wrong when + type + actors"),
        (CodedForOtherGold, "coded here, but for another gold event"),
        (EvidenceNotFound, "gold evidence not in the article"),
    ];

    /// <summary>Why nothing was coded at a missed gold event's span: no trigger phrase there, or the step that set the trigger aside.</summary>
    public static IReadOnlyList<(string Key, string Label)> NothingCodedWhy { get; } =
    [
        (NoTrigger, "no trigger phrase matches there"),
        .. Enum.GetValues<SetAsideReason>().Select(r => (SetAsideTrigger.KeyOf(r), "trigger set aside: " + SetAsideTrigger.TextOf(r))),
    ];

    /// <summary>The date problems among all misses whose when is wrong (alone or with other fields).</summary>
    public static IReadOnlyList<(string Key, string Label)> When { get; } =
    [
        ("too_coarse", "date too coarse (e.g. a year for a gold month)"),
        ("other_date", "another date"),
        ("no_date", "no date"),
    ];

    public static IReadOnlyList<(string Key, string Label)> False { get; } =
    [
        (NearMiss, "near miss of a gold event (counted with the misses)"),
        (NoGoldHere, "no gold event here"),
        (ExtraAtGoldSpan, "extra or duplicate at a gold event's span"),
        (SpanUnknown, "evidence not in the article"),
    ];

    /// <summary>The key of a combination of differing fields: <c>when</c>, <c>type_actors</c>, <c>when_type_actors</c>...</summary>
    public static string OfFields(EventFields fields)
    {
        var parts = new List<string>();
        if (fields.HasFlag(EventFields.When))
        {
            parts.Add("when");
        }

        if (fields.HasFlag(EventFields.Type))
        {
            parts.Add("type");
        }

        if (fields.HasFlag(EventFields.Actors))
        {
            parts.Add("actors");
        }

        return parts.Count == 0 ? "fields_agree" : string.Join("_", parts);
    }

    public static string OfWhen(WhenProblem problem) => problem switch
    {
        WhenProblem.TooCoarse => "too_coarse",
        WhenProblem.NoDate => "no_date",
        _ => "other_date",
    };
}
