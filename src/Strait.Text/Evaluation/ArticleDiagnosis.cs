using Strait.Text.Pipeline;

namespace Strait.Text.Evaluation;

/// <summary>The diagnoses of one article: one per missed gold event and one per false event, in their annotation order.</summary>
public sealed record ArticleDiagnosis(string Doc, IReadOnlyList<MissDiagnosis> Misses, IReadOnlyList<FalseEventDiagnosis> False)
{
    /// <summary>
    /// Says why each gold event the default score missed was missed, and why each extracted event it did not
    /// match is false, by looking at what lies at the same place of <paramref name="text"/> (the article's
    /// text, which the extracted offsets refer to). The matching is the scorer's own, so the misses and false
    /// events are exactly those of <see cref="ArticleScorer.Score"/>.
    /// </summary>
    public static ArticleDiagnosis Of(ArticleAnnotation gold, ArticleAnnotation extracted, string text)
    {
        var matching = ArticleScorer.EventMatching(gold, extracted, MatchLevel.Default);
        var goldOf = Enumerable.Repeat(-1, extracted.Events.Count).ToArray();
        for (var g = 0; g < matching.Length; g++)
        {
            if (matching[g] >= 0)
            {
                goldOf[matching[g]] = g;
            }
        }

        var goldSpans = gold.Events.Select(e => EvidenceLocator.Find(e.Evidence, text)).ToList();
        var codedSpans = extracted.Events.Select(e => EvidenceLocator.Extracted(e, text)).ToList();
        var nearMissOf = Enumerable.Repeat(-1, extracted.Events.Count).ToArray();

        var misses = new List<MissDiagnosis>();
        for (var g = 0; g < gold.Events.Count; g++)
        {
            if (matching[g] >= 0)
            {
                continue;
            }

            var goldEvent = gold.Events[g];
            if (goldSpans[g].Count == 0)
            {
                misses.Add(new MissDiagnosis(goldEvent, extracted.Events.Count == 0 ? MissKind.NothingCoded : MissKind.EvidenceNotFound));
                continue;
            }

            if (extracted.Events.Count == 0)
            {
                misses.Add(new MissDiagnosis(goldEvent, MissKind.NothingCoded, SetAside: SetAsideAt(goldEvent, goldSpans[g], extracted)));
                continue;
            }

            var here = Enumerable.Range(0, extracted.Events.Count).Where(c => Overlap(goldSpans[g], codedSpans[c]) > 0).ToList();
            var free = here.Where(c => goldOf[c] < 0).ToList();
            if (free.Count > 0)
            {
                var closest = Closest(goldEvent, goldSpans[g], free, extracted.Events, codedSpans);
                if (nearMissOf[closest] < 0)
                {
                    nearMissOf[closest] = g;
                }

                misses.Add(new MissDiagnosis(goldEvent, MissKind.FieldsDiffer, extracted.Events[closest],
                    EventDifference.Between(goldEvent, extracted.Events[closest])));
            }
            else if (here.Count > 0)
            {
                var closest = Closest(goldEvent, goldSpans[g], here, extracted.Events, codedSpans);
                misses.Add(new MissDiagnosis(goldEvent, MissKind.CodedForOtherGold, extracted.Events[closest],
                    EventDifference.Between(goldEvent, extracted.Events[closest])));
            }
            else
            {
                misses.Add(new MissDiagnosis(goldEvent, MissKind.NothingCoded, SetAside: SetAsideAt(goldEvent, goldSpans[g], extracted)));
            }
        }

        var falseEvents = new List<FalseEventDiagnosis>();
        for (var c = 0; c < extracted.Events.Count; c++)
        {
            if (goldOf[c] >= 0)
            {
                continue;
            }

            var coded = extracted.Events[c];
            if (nearMissOf[c] >= 0)
            {
                falseEvents.Add(new FalseEventDiagnosis(coded, FalseKind.NearMiss, gold.Events[nearMissOf[c]],
                    Nearest(codedSpans[c], goldSpans[nearMissOf[c]])));
                continue;
            }

            if (codedSpans[c].Count == 0)
            {
                falseEvents.Add(new FalseEventDiagnosis(coded, FalseKind.SpanUnknown));
                continue;
            }

            var at = Enumerable.Range(0, gold.Events.Count)
                .Select(g => (Gold: g, Overlap: Overlap(goldSpans[g], codedSpans[c])))
                .Where(x => x.Overlap > 0)
                .OrderByDescending(x => x.Overlap)
                .Select(x => x.Gold)
                .ToList();
            falseEvents.Add(at.Count > 0
                ? new FalseEventDiagnosis(coded, FalseKind.ExtraAtGoldSpan, gold.Events[at[0]], Nearest(codedSpans[c], goldSpans[at[0]]))
                : new FalseEventDiagnosis(coded, FalseKind.NoGoldHere));
        }

        return new ArticleDiagnosis(gold.Doc, misses, falseEvents);
    }

    /// <summary>
    /// The trigger the coder set aside inside the gold evidence: one of the gold event's type first, then the one
    /// sharing most characters with the evidence; null when the coder found no trigger there.
    /// </summary>
    private static SetAsideTrigger? SetAsideAt(AnnotatedEvent gold, IReadOnlyList<EvidenceRange> goldSpans, ArticleAnnotation extracted) =>
        (extracted.SetAside ?? [])
            .Select(t => (Trigger: t, Overlap: Overlap(goldSpans, [new EvidenceRange(t.Start, t.End)])))
            .Where(x => x.Overlap > 0)
            .OrderByDescending(x => x.Trigger.Type == gold.Type)
            .ThenByDescending(x => x.Overlap)
            .Select(x => x.Trigger)
            .FirstOrDefault();

    /// <summary>The candidate that differs in fewest fields, then shares most characters with the gold evidence, then comes first.</summary>
    private static int Closest(AnnotatedEvent gold, IReadOnlyList<EvidenceRange> goldSpans, List<int> candidates,
        IReadOnlyList<AnnotatedEvent> coded, IReadOnlyList<IReadOnlyList<EvidenceRange>> codedSpans) =>
        candidates
            .OrderBy(c => EventDifference.Between(gold, coded[c]).Count)
            .ThenByDescending(c => Overlap(goldSpans, codedSpans[c]))
            .ThenBy(c => c)
            .First();

    /// <summary>The piece of the coded evidence that shares most characters with the gold evidence.</summary>
    private static EvidenceRange Nearest(IReadOnlyList<EvidenceRange> coded, IReadOnlyList<EvidenceRange> gold) =>
        coded.MaxBy(x => gold.Max(x.Overlap));

    private static int Overlap(IReadOnlyList<EvidenceRange> a, IReadOnlyList<EvidenceRange> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : a.Max(x => b.Max(x.Overlap));
}
