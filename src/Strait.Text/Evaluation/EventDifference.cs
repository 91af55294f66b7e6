using Strait.Core.Events;
using Strait.Core.Time;

namespace Strait.Text.Evaluation;

/// <summary>The fields the default score compares (FORMAT.md): when, type, and the actors' countries.</summary>
[Flags]
public enum EventFields
{
    None = 0,
    When = 1,
    Type = 2,
    Actors = 4,
}

/// <summary>Why a coded date fails the gold one.</summary>
public enum WhenProblem
{
    None,
    /// <summary>It overlaps the gold date but is longer (a year for a gold month).</summary>
    TooCoarse,
    /// <summary>It does not overlap the gold date (or the gold has none).</summary>
    OtherDate,
    /// <summary>The coder gave no date where the gold has one.</summary>
    NoDate,
}

/// <summary>
/// Which of the default score's fields keep a coded event from matching a gold event, each difference said in
/// words ("when 2030-07 vs gold 2030-06", "type ACCUSE vs gold REJECT", "target ABC vs gold XYZ").
/// </summary>
public sealed record EventDifference(EventFields Fields, WhenProblem When, IReadOnlyList<string> Notes)
{
    /// <summary>How many of the three fields differ.</summary>
    public int Count => (Fields.HasFlag(EventFields.When) ? 1 : 0) + (Fields.HasFlag(EventFields.Type) ? 1 : 0) + (Fields.HasFlag(EventFields.Actors) ? 1 : 0);

    public string Describe() => string.Join("; ", Notes);

    public static EventDifference Between(AnnotatedEvent gold, AnnotatedEvent coded)
    {
        var notes = new List<string>();
        var fields = EventFields.None;
        var when = WhenOf(gold.When, coded.When);
        if (when != WhenProblem.None)
        {
            fields |= EventFields.When;
            notes.Add(when switch
            {
                WhenProblem.NoDate => $"no date vs gold {gold.When}",
                WhenProblem.TooCoarse => coded.When!.Precision == gold.When!.Precision
                    ? $"date too coarse: {coded.When} vs gold {gold.When}"
                    : $"date too coarse: {Word(coded.When)} {coded.When} vs gold {Word(gold.When)} {gold.When}",
                _ => $"when {coded.When} vs gold {gold.When?.ToString() ?? "none"}",
            });
        }

        if (coded.Type != gold.Type)
        {
            fields |= EventFields.Type;
            notes.Add($"type {coded.Type} vs gold {gold.Type}");
        }

        var actors = ActorNotes(gold, coded);
        if (actors.Count > 0)
        {
            fields |= EventFields.Actors;
            notes.AddRange(actors);
        }

        return new EventDifference(fields, when, notes);
    }

    private static WhenProblem WhenOf(PartialDate? gold, PartialDate? coded) =>
        EventMatcher.WhenMatches(gold, coded) ? WhenProblem.None
        : coded is null ? WhenProblem.NoDate
        : gold is not null && gold.Overlaps(coded) ? WhenProblem.TooCoarse
        : WhenProblem.OtherDate;

    private static string Word(PartialDate date) => date.Precision.ToString().ToLowerInvariant();

    /// <summary>Countries compared as the default score does: in either order for the symmetric types (the gold's type decides).</summary>
    private static List<string> ActorNotes(AnnotatedEvent gold, AnnotatedEvent coded)
    {
        var (gs, gt, cs, ct) = (gold.Source.CountryPart, gold.Target.CountryPart, coded.Source.CountryPart, coded.Target.CountryPart);
        var symmetric = EventTypes.IsSymmetric(gold.Type);
        var same = gs == cs && gt == ct;
        var swapped = gs == ct && gt == cs;
        if (same || (symmetric && swapped))
        {
            return [];
        }

        if (swapped)
        {
            return [$"source and target swapped: {cs}→{ct} vs gold {gs}→{gt}"];
        }

        // For a symmetric type, compare the coded pair the way round that differs less.
        if (symmetric && (gs == ct || gt == cs) && !(gs == cs || gt == ct))
        {
            (cs, ct) = (ct, cs);
        }

        var notes = new List<string>();
        if (cs != gs)
        {
            notes.Add($"source {cs} vs gold {gs}");
        }

        if (ct != gt)
        {
            notes.Add($"target {ct} vs gold {gt}");
        }

        return notes;
    }
}
