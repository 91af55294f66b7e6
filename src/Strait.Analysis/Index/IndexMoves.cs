namespace Strait.Analysis.Index;

/// <summary>A month in which the index moved most, with the events that moved it (largest first).</summary>
public sealed record IndexMove(IndexMonth Month, double Change, IReadOnlyList<Contribution> Drivers);

/// <summary>Finds the biggest moves of the index: the months whose level changed most from the month before.</summary>
public static class IndexMoves
{
    public static IReadOnlyList<IndexMove> Largest(RelationsIndex index, int count, int driversPerMove = 3)
    {
        var moves = new List<IndexMove>();
        for (var i = 0; i < index.Months.Count; i++)
        {
            var month = index.Months[i];
            var change = month.Level - (i == 0 ? 0 : index.Months[i - 1].Level);
            var drivers = month.Contributions.OrderByDescending(c => Math.Abs(c.Amount)).Take(driversPerMove).ToList();
            moves.Add(new IndexMove(month, change, drivers));
        }

        return moves.Where(m => m.Drivers.Count > 0)
            .OrderByDescending(m => Math.Abs(m.Change))
            .Take(count)
            .OrderBy(m => m.Month.Month)
            .ToList();
    }
}
