namespace Strait.Sim.Parameters;

/// <summary>
/// Hands parameters to the mechanisms that read them at construction and remembers any that are missing,
/// so that a model built from an incomplete file reports every missing name at once.
/// </summary>
public sealed class ParameterReader(ParameterSet parameters)
{
    private readonly List<string> _missing = [];

    public IReadOnlyList<string> Missing => _missing;

    public double this[string name]
    {
        get
        {
            if (parameters.TryGet(name, out var parameter))
            {
                return parameter.Value;
            }

            _missing.Add(name);
            return 0;
        }
    }
}
