namespace Strait.Sim.Model;

/// <summary>Reads one number from a state (a delegate taking the struct by reference, so nothing is copied).</summary>
public delegate double StateReader(in SimState state);

/// <summary>A named reporter of the data collector, with the range its values fall in (for quantile bins).</summary>
public sealed record Reporter(string Name, double Min, double Max, StateReader Read)
{
    /// <summary>A reporter of one state variable, named like it.</summary>
    public static Reporter Of(StateVariable variable)
    {
        var (min, max) = StateVariables.Range(variable);
        return new Reporter(StateVariables.Name(variable), min, max, (in SimState s) => StateVariables.Get(s, variable));
    }

    /// <summary>The relations on the measured index's scale.</summary>
    public static Reporter Index(IndexMapping mapping)
    {
        var a = mapping.ToIndex(-100);
        var b = mapping.ToIndex(100);
        return new Reporter("relations_index", Math.Min(a, b), Math.Max(a, b), (in SimState s) => mapping.ToIndex(s.Relations));
    }

    /// <summary>The reporters a simulation reports by default: the index and every main state variable.</summary>
    public static IReadOnlyList<Reporter> Defaults(IndexMapping mapping) =>
    [
        Index(mapping),
        .. new[]
        {
            StateVariable.Relations, StateVariable.KoreanViewOfJapan, StateVariable.JapaneseViewOfKorea,
            StateVariable.KoreanPresidentApproval, StateVariable.JapanesePmApproval, StateVariable.GrievanceKorea,
            StateVariable.GrievanceJapan, StateVariable.UsCommitment, StateVariable.NorthKoreanThreat,
            StateVariable.ChineseCoercion, StateVariable.Interdependence,
        }.Select(Of),
    ];
}
