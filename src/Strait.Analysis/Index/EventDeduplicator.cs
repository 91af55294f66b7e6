using Strait.Core.Events;

namespace Strait.Analysis.Index;

/// <summary>
/// The rule that makes one event out of many reports of it: two reports are the same event when they have the
/// same PLOVER type, the same source and target countries (in either order for the symmetric types CONSULT,
/// AGREE and COOPERATE; roles are ignored), and dates that overlap (a report dated 2019-07 and one dated
/// 2019-07-04 are the same event; 2019-07-04 and 2019-07-05 are not). Chains merge: when A overlaps B and B
/// overlaps C, all three are one event. The merged event takes the most precise date, the status
/// <c>occurred</c> if any report says so, the highest confidence, and the evidence of every report.
/// Undated reports cannot be placed in time and are dropped.
/// </summary>
public sealed class EventDeduplicator
{
    public IReadOnlyList<CountedEvent> Merge(IEnumerable<CodedEvent> reports)
    {
        var result = new List<CountedEvent>();
        foreach (var group in reports.Where(r => r.When is not null).GroupBy(SameEventRule.ForCounting.PartyKey))
        {
            var cluster = new List<CodedEvent>();
            var clusterEnd = default(NodaTime.LocalDate);
            foreach (var report in group.OrderBy(r => r.When!.Start).ThenBy(r => r.When!.End))
            {
                if (cluster.Count > 0 && report.When!.Start > clusterEnd)
                {
                    result.Add(Combine(cluster));
                    cluster = [];
                }

                clusterEnd = cluster.Count == 0 || report.When!.End > clusterEnd ? report.When!.End : clusterEnd;
                cluster.Add(report);
            }

            if (cluster.Count > 0)
            {
                result.Add(Combine(cluster));
            }
        }

        return result.OrderBy(e => e.Event.When!.Start).ThenBy(e => e.Event.Type).ToList();
    }

    private static CountedEvent Combine(IReadOnlyList<CodedEvent> cluster)
    {
        if (cluster.Count == 1)
        {
            return new CountedEvent(cluster[0], cluster);
        }

        var best = cluster
            .OrderBy(r => r.Status == EventStatus.Occurred ? 0 : 1)
            .ThenBy(r => r.When!.Length)
            .ThenByDescending(r => r.Evidence.Count(e => e.DocumentId is null))
            .First();
        var evidence = cluster.SelectMany(r => r.Evidence).Distinct().ToList();
        var merged = best with
        {
            Status = cluster.Any(r => r.Status == EventStatus.Occurred) ? EventStatus.Occurred : EventStatus.Planned,
            When = cluster.OrderBy(r => r.When!.Length).First().When,
            Confidence = cluster.Max(r => r.Confidence),
            Evidence = evidence,
        };
        return new CountedEvent(merged, cluster);
    }
}
