using Strait.Core.Actors;
using Strait.Core.Events;
using Strait.Text.Pipeline;

namespace Strait.Text.Coding;

/// <summary>
/// Merges the same event stated more than once in an article (<see cref="SameEventRule.WithinArticle"/>: same type,
/// same source and target countries, in either order for symmetric types, overlapping dates) into one event carrying every piece of evidence.
/// The merged event keeps the most precise date and the highest confidence, raised a little for the repetition.
/// </summary>
public sealed class EventDeduplicator : IPipelineComponent
{
    public string Name => "event-deduplicator";

    public IReadOnlyList<string> Assigns { get; } = ["events"];

    public void Process(TextDocument document)
    {
        var merged = Merge(document.Events);
        document.Events.Clear();
        document.Events.AddRange(merged);
    }

    public static List<CodedEvent> Merge(IEnumerable<CodedEvent> events)
    {
        var result = new List<CodedEvent>();
        foreach (var e in events)
        {
            var index = result.FindIndex(kept => Same(kept, e));
            if (index < 0)
            {
                result.Add(e);
                continue;
            }

            var kept = result[index];
            var precise = e.When is not null && kept.When is not null && e.When.Length < kept.When.Length ? e : kept;
            result[index] = precise with
            {
                Evidence = [.. kept.Evidence, .. e.Evidence],
                Confidence = Math.Min(0.99, Math.Max(kept.Confidence, e.Confidence) + 0.05),
            };
        }

        return result;
    }

    /// <summary>
    /// The same event stated twice in one article: <see cref="SameEventRule.WithinArticle"/>, unless a party is two
    /// different institutions of its country ("Freedonian firms met Sylvanian firms" and "the Freedonian government met
    /// Sylvanian firms" are two meetings). Citizens are not such an institution: a demonym ("Freedonians") often names
    /// what a government did.
    /// </summary>
    public static bool Same(CodedEvent a, CodedEvent b) =>
        SameEventRule.WithinArticle.Matches(a, b) && !OtherInstitution(a.Type, a.Source, a.Target, b.Source, b.Target);

    private static bool OtherInstitution(EventType type, ActorCode source, ActorCode target, ActorCode otherSource, ActorCode otherTarget)
    {
        if (EventTypes.IsSymmetric(type) && source.CountryPart != otherSource.CountryPart)
        {
            (otherSource, otherTarget) = (otherTarget, otherSource);
        }

        return Differ(source, otherSource) || Differ(target, otherTarget);

        static bool Differ(ActorCode one, ActorCode other) =>
            one.Role != other.Role && one.Role is not (ActorRole.None or ActorRole.CVL) && other.Role is not (ActorRole.None or ActorRole.CVL);
    }
}
