namespace Strait.Sim.Model;

/// <summary>
/// The named state variables: what scenarios pin with paths, what shocks change and what the data
/// collector reports. Names in files are snake_case (<see cref="StateVariables.Name"/>).
/// </summary>
public enum StateVariable
{
    Relations,
    KoreanViewOfJapan,
    JapaneseViewOfKorea,
    KoreanPresidentApproval,
    JapanesePmApproval,
    GrievanceKorea,
    GrievanceJapan,
    UsCommitment,
    UsPressure,
    UsTariffs,
    NorthKoreanThreat,
    ChineseCoercion,
    Interdependence,
    KoreanMove,
    JapaneseMove,
    KoreanTradeMeasures,
    JapaneseTradeMeasures,
    DealInForce,
    PactInForce,
}

/// <summary>Names, ranges and access to the <see cref="StateVariable"/>s of a <see cref="SimState"/>.</summary>
public static class StateVariables
{
    private static readonly string[] Names =
    [
        "relations", "korean_view_of_japan", "japanese_view_of_korea", "korean_president_approval",
        "japanese_pm_approval", "grievance_korea", "grievance_japan", "us_commitment", "us_pressure", "us_tariffs",
        "north_korean_threat", "chinese_coercion", "interdependence", "korean_move", "japanese_move",
        "korean_trade_measures", "japanese_trade_measures", "deal_in_force", "pact_in_force",
    ];

    public static IReadOnlyList<StateVariable> All { get; } = Enum.GetValues<StateVariable>();

    public static string Name(StateVariable variable) => Names[(int)variable];

    public static bool TryParse(string name, out StateVariable variable)
    {
        var index = Array.IndexOf(Names, name.Trim().ToLowerInvariant());
        variable = index < 0 ? default : (StateVariable)index;
        return index >= 0;
    }

    public static string Known => string.Join(", ", Names);

    /// <summary>The range a variable is kept in (values are clamped to it after every change).</summary>
    public static (double Min, double Max) Range(StateVariable variable) => variable switch
    {
        StateVariable.Relations => (-100, 100),
        StateVariable.KoreanViewOfJapan or StateVariable.JapaneseViewOfKorea
            or StateVariable.KoreanPresidentApproval or StateVariable.JapanesePmApproval => (0, 100),
        StateVariable.KoreanMove or StateVariable.JapaneseMove => (-1, 1),
        _ => (0, 1),
    };

    public static double Get(in SimState s, StateVariable variable) => variable switch
    {
        StateVariable.Relations => s.Relations,
        StateVariable.KoreanViewOfJapan => s.View.Korea,
        StateVariable.JapaneseViewOfKorea => s.View.Japan,
        StateVariable.KoreanPresidentApproval => s.Approval.Korea,
        StateVariable.JapanesePmApproval => s.Approval.Japan,
        StateVariable.GrievanceKorea => s.Grievance.Korea,
        StateVariable.GrievanceJapan => s.Grievance.Japan,
        StateVariable.UsCommitment => s.UsCommitment,
        StateVariable.UsPressure => s.UsPressure,
        StateVariable.UsTariffs => s.UsTariffs,
        StateVariable.NorthKoreanThreat => s.NorthKoreanThreat,
        StateVariable.ChineseCoercion => s.ChineseCoercion,
        StateVariable.Interdependence => s.Interdependence,
        StateVariable.KoreanMove => s.Move.Korea,
        StateVariable.JapaneseMove => s.Move.Japan,
        StateVariable.KoreanTradeMeasures => s.TradeMeasures.Korea,
        StateVariable.JapaneseTradeMeasures => s.TradeMeasures.Japan,
        StateVariable.DealInForce => s.DealInForce,
        StateVariable.PactInForce => s.PactInForce,
        _ => throw new ArgumentOutOfRangeException(nameof(variable)),
    };

    /// <summary>Sets a variable, clamped to its <see cref="Range"/>.</summary>
    public static void Set(ref SimState s, StateVariable variable, double value)
    {
        var (min, max) = Range(variable);
        value = Math.Clamp(value, min, max);
        switch (variable)
        {
            case StateVariable.Relations: s.Relations = value; break;
            case StateVariable.KoreanViewOfJapan: s.View.Korea = value; break;
            case StateVariable.JapaneseViewOfKorea: s.View.Japan = value; break;
            case StateVariable.KoreanPresidentApproval: s.Approval.Korea = value; break;
            case StateVariable.JapanesePmApproval: s.Approval.Japan = value; break;
            case StateVariable.GrievanceKorea: s.Grievance.Korea = value; break;
            case StateVariable.GrievanceJapan: s.Grievance.Japan = value; break;
            case StateVariable.UsCommitment: s.UsCommitment = value; break;
            case StateVariable.UsPressure: s.UsPressure = value; break;
            case StateVariable.UsTariffs: s.UsTariffs = value; break;
            case StateVariable.NorthKoreanThreat: s.NorthKoreanThreat = value; break;
            case StateVariable.ChineseCoercion: s.ChineseCoercion = value; break;
            case StateVariable.Interdependence: s.Interdependence = value; break;
            case StateVariable.KoreanMove: s.Move.Korea = value; break;
            case StateVariable.JapaneseMove: s.Move.Japan = value; break;
            case StateVariable.KoreanTradeMeasures: s.TradeMeasures.Korea = value; break;
            case StateVariable.JapaneseTradeMeasures: s.TradeMeasures.Japan = value; break;
            case StateVariable.DealInForce: s.DealInForce = value; break;
            case StateVariable.PactInForce: s.PactInForce = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(variable));
        }
    }

    public static void Add(ref SimState s, StateVariable variable, double delta) => Set(ref s, variable, Get(s, variable) + delta);
}
