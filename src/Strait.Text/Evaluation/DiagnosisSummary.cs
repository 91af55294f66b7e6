namespace Strait.Text.Evaluation;

/// <summary>
/// Counts of the diagnoses over all articles: misses by what differs (<see cref="Missed"/>), the date problems
/// among the misses with a wrong when (<see cref="MissedWhen"/>), and false events by what lies at their span
/// (<see cref="False"/>). Every key of <see cref="DiagnosisCategories"/> is present, with 0 when nothing fell there.
/// </summary>
public sealed record DiagnosisSummary(
    IReadOnlyDictionary<string, int> Missed,
    IReadOnlyDictionary<string, int> MissedWhen,
    IReadOnlyDictionary<string, int> False)
{
    public int MissedTotal => Missed.Values.Sum();

    public int FalseTotal => False.Values.Sum();

    public static DiagnosisSummary Of(IEnumerable<ArticleDiagnosis> articles)
    {
        var missed = Zeros(DiagnosisCategories.Misses);
        var when = Zeros(DiagnosisCategories.When);
        var falseEvents = Zeros(DiagnosisCategories.False);
        foreach (var article in articles)
        {
            foreach (var miss in article.Misses)
            {
                Count(missed, miss.Category);
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

        return new DiagnosisSummary(missed, when, falseEvents);
    }

    private static Dictionary<string, int> Zeros(IReadOnlyList<(string Key, string Label)> keys) =>
        keys.ToDictionary(k => k.Key, _ => 0, StringComparer.Ordinal);

    private static void Count(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
