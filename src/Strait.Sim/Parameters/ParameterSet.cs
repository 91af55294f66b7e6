using System.Collections.Frozen;

namespace Strait.Sim.Parameters;

/// <summary>
/// An immutable set of named model parameters ("nationalist_move.base_rate"). Changing a value gives a new
/// set, so a batch run or a calibration step never disturbs another.
/// </summary>
public sealed class ParameterSet
{
    private readonly FrozenDictionary<string, ModelParameter> _byName;

    public ParameterSet(IEnumerable<ModelParameter> parameters)
    {
        All = parameters.ToArray();
        _byName = All.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<ModelParameter> All { get; }

    public bool Contains(string name) => _byName.ContainsKey(name);

    public ModelParameter this[string name] => _byName[name];

    public bool TryGet(string name, out ModelParameter parameter) => _byName.TryGetValue(name, out parameter!);

    public double Value(string name) => _byName[name].Value;

    /// <summary>The parameters the calibration fits, in file order.</summary>
    public IReadOnlyList<ModelParameter> Fitted => All.Where(p => p.Fit).ToArray();

    public ParameterSet With(string name, double value) => With([new KeyValuePair<string, double>(name, value)]);

    public ParameterSet With(IEnumerable<KeyValuePair<string, double>> values)
    {
        var changes = values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        foreach (var name in changes.Keys)
        {
            if (!_byName.ContainsKey(name))
            {
                throw new KeyNotFoundException($"unknown model parameter '{name}'");
            }
        }

        return new ParameterSet(All.Select(p => changes.TryGetValue(p.Name, out var v) ? p with { Value = v } : p));
    }

    /// <summary>Name → value, for recording with a run.</summary>
    public IReadOnlyDictionary<string, double> Values() => All.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
