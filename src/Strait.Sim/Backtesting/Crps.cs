namespace Strait.Sim.Backtesting;

/// <summary>
/// The continuous ranked probability score of an ensemble forecast (Gneiting and Raftery 2007, the
/// ensemble estimator): <c>CRPS = mean|X − y| − ½ mean|X − X'|</c> over all pairs of members. Lower is
/// better; for a single member it is the absolute error. Computed in O(n log n) from the sorted members.
/// </summary>
public static class Crps
{
    public static double Ensemble(IReadOnlyList<double> members, double observed)
    {
        if (members.Count == 0)
        {
            throw new ArgumentException("an ensemble needs at least one member", nameof(members));
        }

        var sorted = members.ToArray();
        Array.Sort(sorted);
        var n = sorted.Length;
        var absolute = 0.0;
        var spread = 0.0;
        for (var i = 0; i < n; i++)
        {
            absolute += Math.Abs(sorted[i] - observed);
            spread += ((2.0 * (i + 1)) - n - 1) * sorted[i];
        }

        // Σ_i Σ_j |x_i − x_j| = 2 Σ_i (2i − n − 1) x_(i) with i from 1.
        return (absolute / n) - (spread / ((double)n * n));
    }
}
