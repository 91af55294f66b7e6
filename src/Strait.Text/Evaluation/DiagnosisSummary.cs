namespace Strait.Text.Evaluation;

/// <summary>
/// Counts of the diagnoses over all articles: misses by what differs (<see cref="Missed"/>), the date problems
/// among the misses with a wrong when (<see cref="MissedWhen"/>), why nothing was coded at the span of a miss
/// (<see cref="NothingCodedWhy"/>), and false events by what lies at their span
/// (<see cref="False"/>). Every key of <see cref="DiagnosisCategories"/> is present, with 0 when nothing fell there.
/// </summary>
public sealed record DiagnosisSummary(
    IReadOnlyDictionary<string, int> Missed,
    IReadOnlyDictionary<string, int> MissedWhen,
    IReadOnlyDictionary<string, int> False,
    IReadOnlyDictionary<string, int> NothingCodedWhy)
{
    public int MissedTotal => Missed.Values.Sum();

    public int FalseTotal => False.Values.Sum();

    public static DiagnosisSummary Of(IEnumerable<ArticleDiagnosis> articles)
    {
        var missed = Zeros(DiagnosisCategories.Misses);
        var when = Zeros(DiagnosisCategories.When);
        var falseEvents = Zeros(DiagnosisCategories.False);
        var nothingWhy = Zeros(DiagnosisCategories.NothingCodedWhy);
        foreach (var article in articles)
        {
            foreach (var miss in article.Misses)
            {
                Count(missed, miss.Category);
                if (miss.NothingCodedCategory is { } why)
                {
                    Count(nothingWhy, why);
                }

                if (miss.Kind == MissKind.FieldsDiffer && miss.Difference is { } difference && difference.Fields.HasFlag(EventFields.When))
                {
                    Count(when, DiagnosisCategories.OfWhen(difference.When));
                }
            }

            foreach (var wrong in article.False)
            {
                Count(falseEvents, wrong.Category);
            }
        }

        return new DiagnosisSummary(missed, when, falseEvents, nothingWhy);
    }

    private static Dictionary<string, int> Zeros(IReadOnlyList<(string Key, string Label)> keys) =>
        keys.ToDictionary(k => k.Key, _ => 0, StringComparer.Ordinal);

    private static void Count(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
