using Strait.Sim.Model;
using Strait.Sim.Parameters;
using Strait.Sim.Scenarios;

namespace Strait.Sim.Mechanisms;

/// <summary>
/// Mechanism 5, external threats push the two governments together. Each government's move is pulled up by
/// <c>north_korea × (threat − reference_threat) + china × (coercion − reference_coercion)</c>. Korean
/// progressive governments, long inclined to engagement, weigh the North Korean threat less by
/// <c>progressive_discount</c> (a discount the seed articles say has shrunk since 2023).
/// </summary>
public sealed class ExternalThreatCohesion(ParameterReader p)
{
    private readonly double _northKorea = p["cohesion.north_korea"];
    private readonly double _china = p["cohesion.china"];
    private readonly double _referenceThreat = p["cohesion.reference_threat"];
    private readonly double _referenceCoercion = p["cohesion.reference_coercion"];
    private readonly double _progressiveDiscount = p["cohesion.progressive_discount"];

    public double Pull(in SimState s, Side side, ScenarioInputs inputs, int t)
    {
        var weight = side == Side.Korea && inputs.KoreanProgressive[t] ? _northKorea * (1 - _progressiveDiscount) : _northKorea;
        return (weight * (s.NorthKoreanThreat - _referenceThreat)) + (_china * (s.ChineseCoercion - _referenceCoercion));
    }
}
