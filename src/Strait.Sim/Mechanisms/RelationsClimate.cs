using Strait.Sim.Model;
using Strait.Sim.Parameters;
using Strait.Sim.Randomness;

namespace Strait.Sim.Mechanisms;

/// <summary>
/// How the two governments' moves become the relations index: each month relations lose
/// <c>reversion</c> of their distance from zero, gain <c>move_effect × (Korean move + Japanese move)</c> and
/// some noise. When both governments lean towards each other a leaders' summit becomes likely (monthly
/// chance <c>summit_rate × logistic((sum of moves − summit_threshold) / 0.2)</c>) and adds
/// <c>summit_boost</c>. Relations below <c>crisis_threshold</c> count as a crisis.
/// </summary>
public sealed class RelationsClimate(ParameterReader p)
{
    private readonly double _reversion = p["relations.reversion"];
    private readonly double _moveEffect = p["relations.move_effect"];
    private readonly double _noise = p["relations.noise"];
    private readonly double _summitRate = p["relations.summit_rate"];
    private readonly double _summitThreshold = p["relations.summit_threshold"];
    private readonly double _summitBoost = p["relations.summit_boost"];

    public double CrisisThreshold { get; } = p["relations.crisis_threshold"];

    public double SummitProbability(in SimState s) =>
        _summitRate / (1 + Math.Exp(-(s.Move.Korea + s.Move.Japan - _summitThreshold) / 0.2));

    public void Apply(ref SimState s, ref Xoshiro256 rng)
    {
        var relations = s.Relations - (_reversion * s.Relations) + (_moveEffect * (s.Move.Korea + s.Move.Japan)) + (_noise * rng.NextGaussian());
        if (!s.SummitThisMonth && rng.Chance(SummitProbability(s)))
        {
            s.SummitThisMonth = true;
            relations += _summitBoost;
        }

        s.Relations = Math.Clamp(relations, -100, 100);
    }
}
