using NodaTime;
using Strait.Core.Events;

namespace Strait.Analysis.Index;

/// <summary>
/// Builds the monthly relations index from coded events (almanac and extracted alike): keeps the events that
/// bear on the dyad, merges the reports of one event (<see cref="EventDeduplicator"/>), places each event's
/// weight in months (<see cref="MonthAttribution"/>), and carries a decaying memory from month to month:
/// level(t) = decay × level(t−1) + flow(t), with decay = 0.5^(1 / half-life). The series runs from the first
/// month with an event to the last (or to <c>through</c> when later), so quiet months decay towards zero.
/// </summary>
public sealed class RelationsIndexBuilder(IndexSettings settings)
{
    private readonly DyadRelevance _relevance = new(settings.ThirdParty);
    private readonly EventDeduplicator _deduplicator = new();
    private readonly MonthAttribution _attribution = new(settings.MaxSpreadMonths);

    /// <summary>The weight one counted event adds to the index in total.</summary>
    public double WeightOf(CodedEvent coded) =>
        settings.WeightOf(coded.Type) * _relevance.Of(coded) *
        (coded.Status == EventStatus.Planned ? settings.PlannedFactor : 1.0);

    public RelationsIndex Build(IEnumerable<CodedEvent> events, YearMonth? through = null)
    {
        var counted = _deduplicator.Merge(events.Where(e => _relevance.Of(e) > 0));
        var byMonth = new Dictionary<YearMonth, List<Contribution>>();
        foreach (var item in counted)
        {
            var weight = WeightOf(item.Event);
            foreach (var (month, share) in _attribution.Of(item.Event.When!))
            {
                if (!byMonth.TryGetValue(month, out var list))
                {
                    byMonth[month] = list = [];
                }

                list.Add(new Contribution(item, weight * share));
            }
        }

        if (byMonth.Count == 0)
        {
            return new RelationsIndex(settings, counted, []);
        }

        var first = byMonth.Keys.Min();
        var last = byMonth.Keys.Max();
        if (through is { } end && end > last)
        {
            last = end;
        }

        var decay = settings.Decay;
        var issues = Enum.GetValues<Issue>();
        var level = 0.0;
        var issueLevels = issues.ToDictionary(i => i, _ => 0.0);
        var rows = new List<(YearMonth Month, double Flow, double Level, Dictionary<Issue, double> Issues, List<Contribution> Contributions)>();
        for (var month = first; month <= last; month = month.PlusMonths(1))
        {
            var contributions = byMonth.TryGetValue(month, out var list)
                ? list.OrderBy(c => c.Amount).ToList()
                : [];
            var flow = contributions.Sum(c => c.Amount);
            level = (decay * level) + flow;
            var current = new Dictionary<Issue, double>();
            foreach (var issue in issues)
            {
                current[issue] = (decay * issueLevels[issue]) + contributions.Where(c => c.Event.Event.Issue == issue).Sum(c => c.Amount);
            }

            issueLevels = current;
            rows.Add((month, flow, level, current, contributions));
        }

        var ranges = new NormalBand(settings.Band).Of(rows.Select(r => r.Level).ToList());
        var months = rows.Select((r, i) => new IndexMonth(r.Month, r.Flow, r.Level, r.Issues, ranges[i], r.Contributions)).ToList();
        return new RelationsIndex(settings, counted, months);
    }
}
