using NodaTime;

namespace Strait.Text.Dating;

/// <summary>Operations on sets of days kept as sorted, disjoint, non-adjacent <see cref="DateInterval"/>s.</summary>
public static class DaySet
{
    /// <summary>The intervals sorted and merged where they overlap or touch.</summary>
    public static List<DateInterval> Normalize(IEnumerable<DateInterval> intervals)
    {
        var merged = new List<DateInterval>();
        foreach (var interval in intervals.OrderBy(i => i.Start))
        {
            if (merged.Count > 0 && (interval.Start <= merged[^1].End || merged[^1].End < LocalDate.MaxIsoValue && interval.Start <= merged[^1].End.PlusDays(1)))
            {
                var last = merged[^1];
                merged[^1] = new DateInterval(last.Start, interval.End > last.End ? interval.End : last.End);
            }
            else
            {
                merged.Add(interval);
            }
        }

        return merged;
    }

    public static List<DateInterval> Intersect(IReadOnlyList<DateInterval> left, IReadOnlyList<DateInterval> right)
    {
        var result = new List<DateInterval>();
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                var start = a.Start > b.Start ? a.Start : b.Start;
                var end = a.End < b.End ? a.End : b.End;
                if (start <= end)
                {
                    result.Add(new DateInterval(start, end));
                }
            }
        }

        return Normalize(result);
    }

    /// <summary>The days on or after <paramref name="from"/> (<paramref name="before"/> false) or on or before it (true).</summary>
    public static List<DateInterval> Bound(IReadOnlyList<DateInterval> days, LocalDate from, bool before) =>
        Intersect(days, [before ? new DateInterval(LocalDate.MinIsoValue, from) : new DateInterval(from, LocalDate.MaxIsoValue)]);

    /// <summary>
    /// The days allowed by the most sets (each set counts once per day), and how many sets allow them. Several
    /// pieces of evidence that agree outvote a stray one; a tie between disjoint answers returns them all.
    /// </summary>
    public static (List<DateInterval> Days, int Votes) MostAgreed(IReadOnlyList<IReadOnlyList<DateInterval>> sets)
    {
        var changes = new SortedDictionary<LocalDate, int>();
        foreach (var set in sets)
        {
            foreach (var interval in Normalize(set))
            {
                changes[interval.Start] = changes.GetValueOrDefault(interval.Start) + 1;
                if (interval.End < LocalDate.MaxIsoValue)
                {
                    var after = interval.End.PlusDays(1);
                    changes[after] = changes.GetValueOrDefault(after) - 1;
                }
            }
        }

        var best = 0;
        var count = 0;
        var result = new List<DateInterval>();
        var points = changes.ToList();
        for (var k = 0; k < points.Count; k++)
        {
            count += points[k].Value;
            if (count <= 0)
            {
                continue;
            }

            var end = k + 1 < points.Count ? points[k + 1].Key.PlusDays(-1) : LocalDate.MaxIsoValue;
            if (count > best)
            {
                best = count;
                result.Clear();
            }

            if (count == best)
            {
                result.Add(new DateInterval(points[k].Key, end));
            }
        }

        return (Normalize(result), best);
    }

    public static string Describe(IEnumerable<DateInterval> days) =>
        string.Join(" or ", days.Select(r => $"{Day(r.Start)}..{Day(r.End)}"));

    private static string Day(LocalDate day) =>
        day == LocalDate.MinIsoValue ? "…" : day == LocalDate.MaxIsoValue ? "…" : day.ToString("uuuu-MM-dd", null);
}
