namespace Strait.Sim.Model;

/// <summary>
/// Mesa's DataCollector: named reporters evaluated on the state after every step, one row per month.
/// For many runs, the Monte Carlo runner feeds the same reporters into quantile accumulators instead.
/// </summary>
public sealed class DataCollector(IReadOnlyList<Reporter> reporters)
{
    private readonly List<double[]> _rows = [];

    public IReadOnlyList<Reporter> Reporters { get; } = reporters;

    /// <summary>One row per collected month, values in reporter order.</summary>
    public IReadOnlyList<double[]> Rows => _rows;

    public void Collect(in SimState state)
    {
        var row = new double[Reporters.Count];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = Reporters[i].Read(state);
        }

        _rows.Add(row);
    }

    /// <summary>The series of one reporter.</summary>
    public double[] Series(string name)
    {
        var index = -1;
        for (var i = 0; i < Reporters.Count; i++)
        {
            if (Reporters[i].Name == name)
            {
                index = i;
            }
        }

        if (index < 0)
        {
            throw new ArgumentException($"no reporter named '{name}'", nameof(name));
        }

        return _rows.Select(r => r[index]).ToArray();
    }
}
