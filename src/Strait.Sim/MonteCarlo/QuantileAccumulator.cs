using Strait.Sim.Model;

namespace Strait.Sim.MonteCarlo;

/// <summary>
/// Gathers the reporters' values of many runs month by month without keeping the runs: a fixed-bin
/// histogram per reporter and month (quantiles to within half a bin: with 400 bins, 0.25 points on a
/// 0–100 scale) and a running sum for the mean. Accumulators of separate workers are merged.
/// </summary>
public sealed class QuantileAccumulator
{
    private readonly IReadOnlyList<Reporter> _reporters;
    private readonly StateReader[] _readers;
    private readonly double[] _min;
    private readonly double[] _binsPerUnit;
    private readonly int[] _counts;
    private readonly double[] _sums;

    public QuantileAccumulator(IReadOnlyList<Reporter> reporters, int months, int bins = 400)
    {
        _reporters = reporters;
        _readers = reporters.Select(r => r.Read).ToArray();
        _min = reporters.Select(r => r.Min).ToArray();
        _binsPerUnit = reporters.Select(r => bins / Math.Max(1e-9, r.Max - r.Min)).ToArray();
        Months = months;
        Bins = bins;
        _counts = new int[bins == 0 ? 0 : reporters.Count * months * bins];
        _sums = new double[reporters.Count * months];
    }

    public IReadOnlyList<Reporter> Reporters => _reporters;

    public int Months { get; }

    public int Bins { get; }

    /// <summary>How many runs have been added (counted at month 0).</summary>
    public long Runs { get; private set; }

    public void Add(int month, in SimState state)
    {
        if (month == 0)
        {
            Runs++;
        }

        for (var r = 0; r < _readers.Length; r++)
        {
            var value = _readers[r](state);
            var cell = (r * Months) + month;
            _sums[cell] += value;
            if (Bins > 0)
            {
                var bin = (int)((value - _min[r]) * _binsPerUnit[r]);
                bin = bin < 0 ? 0 : bin >= Bins ? Bins - 1 : bin;
                _counts[(cell * Bins) + bin]++;
            }
        }
    }

    public void Merge(QuantileAccumulator other)
    {
        Runs += other.Runs;
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        for (var i = 0; i < _sums.Length; i++)
        {
            _sums[i] += other._sums[i];
        }
    }

    public double Mean(int reporter, int month) => Runs == 0 ? double.NaN : _sums[(reporter * Months) + month] / Runs;

    /// <summary>The q-quantile (0..1), interpolated linearly inside its bin.</summary>
    public double Quantile(int reporter, int month, double q)
    {
        if (Bins == 0 || Runs == 0)
        {
            return double.NaN;
        }

        var offset = ((reporter * Months) + month) * Bins;
        var total = 0L;
        for (var b = 0; b < Bins; b++)
        {
            total += _counts[offset + b];
        }

        var target = q * total;
        var cumulative = 0.0;
        var width = 1 / _binsPerUnit[reporter];
        for (var b = 0; b < Bins; b++)
        {
            var count = _counts[offset + b];
            if (count > 0 && cumulative + count >= target)
            {
                var within = (target - cumulative) / count;
                return _min[reporter] + ((b + within) * width);
            }

            cumulative += count;
        }

        return _min[reporter] + (Bins * width);
    }

    public int IndexOf(string reporter)
    {
        for (var i = 0; i < _reporters.Count; i++)
        {
            if (_reporters[i].Name == reporter)
            {
                return i;
            }
        }

        return -1;
    }
}
