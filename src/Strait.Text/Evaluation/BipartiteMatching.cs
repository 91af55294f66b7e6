namespace Strait.Text.Evaluation;

/// <summary>
/// Maximum bipartite matching by augmenting paths (Kuhn's algorithm): each left item is matched to at most
/// one right item and each right item to at most one left item, as many pairs as possible.
/// </summary>
public static class BipartiteMatching
{
    /// <summary>
    /// For each left index, the right index it is matched to, or -1. <paramref name="edges"/>[l] lists the
    /// right indices that left item l may be paired with.
    /// </summary>
    public static int[] Maximum(IReadOnlyList<IReadOnlyList<int>> edges, int rightCount)
    {
        var leftMatch = Enumerable.Repeat(-1, edges.Count).ToArray();
        var rightMatch = Enumerable.Repeat(-1, rightCount).ToArray();
        for (var left = 0; left < edges.Count; left++)
        {
            var visited = new bool[rightCount];
            TryAugment(left, edges, leftMatch, rightMatch, visited);
        }

        return leftMatch;
    }

    private static bool TryAugment(int left, IReadOnlyList<IReadOnlyList<int>> edges, int[] leftMatch, int[] rightMatch, bool[] visited)
    {
        foreach (var right in edges[left])
        {
            if (visited[right])
            {
                continue;
            }

            visited[right] = true;
            if (rightMatch[right] < 0 || TryAugment(rightMatch[right], edges, leftMatch, rightMatch, visited))
            {
                leftMatch[left] = right;
                rightMatch[right] = left;
                return true;
            }
        }

        return false;
    }
}
