using Strait.Core.Actors;
using Strait.Core.Time;

namespace Strait.Core.Events;

/// <summary>
/// The one rule for "these two reports are the same event", used wherever reports are merged: within an article
/// (the coder), across articles in the database (the store) and when the index counts events.
/// Two reports are the same event when they have the same PLOVER type, the same parties (in either order for the
/// symmetric types CONSULT, AGREE and COOPERATE) and dates that overlap.
/// The settings say how fine "the same parties" is and what to do with undated reports.
/// </summary>
/// <param name="CompareRoles">Compare whole actor codes (KORGOV is not KORJUD) rather than countries only.</param>
/// <param name="UndatedMatchUndated">Two undated reports of the same action are the same event (within one article);
/// otherwise an undated report is never the same as another, since nothing places it in time.</param>
public sealed record SameEventRule(bool CompareRoles, bool UndatedMatchUndated)
{
    /// <summary>Within one article: countries compared, restatements without a date merged.</summary>
    public static SameEventRule WithinArticle { get; } = new(CompareRoles: false, UndatedMatchUndated: true);

    /// <summary>Across stored articles: whole actor codes compared, undated reports kept apart.</summary>
    public static SameEventRule AcrossArticles { get; } = new(CompareRoles: true, UndatedMatchUndated: false);

    /// <summary>For counting in the relations index: countries compared, undated reports kept apart.</summary>
    public static SameEventRule ForCounting { get; } = new(CompareRoles: false, UndatedMatchUndated: false);

    public bool Matches(CodedEvent a, CodedEvent b) => Matches(a.Type, a.Source, a.Target, a.When, b);

    public bool Matches(EventType type, ActorCode source, ActorCode target, PartialDate? when, CodedEvent other) =>
        type == other.Type && SameParties(type, source, target, other.Source, other.Target) && SameTime(when, other.When);

    /// <summary>What must be equal for two reports to be the same event, apart from the date: usable as a grouping key.</summary>
    public (EventType Type, string First, string Second) PartyKey(CodedEvent report)
    {
        var source = Part(report.Source);
        var target = Part(report.Target);
        return EventTypes.IsSymmetric(report.Type) && string.CompareOrdinal(source, target) > 0
            ? (report.Type, target, source)
            : (report.Type, source, target);
    }

    private bool SameParties(EventType type, ActorCode source, ActorCode target, ActorCode otherSource, ActorCode otherTarget) =>
        (Part(source) == Part(otherSource) && Part(target) == Part(otherTarget))
        || (EventTypes.IsSymmetric(type) && Part(source) == Part(otherTarget) && Part(target) == Part(otherSource));

    private bool SameTime(PartialDate? a, PartialDate? b) =>
        a is null || b is null ? UndatedMatchUndated && a is null && b is null : a.Overlaps(b);

    private string Part(ActorCode code) => CompareRoles ? code.ToString() : code.CountryPart;
}
