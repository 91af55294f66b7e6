using Strait.Sim.Model;
using Strait.Sim.Parameters;
using Strait.Sim.Randomness;

namespace Strait.Sim.Mechanisms;

/// <summary>
/// Mechanism 4, economic interdependence: a safety net that is also a weapon. Hostile moves are damped by
/// <c>1 − damping × interdependence</c> (leaders can play nationalist politics without severing a relationship
/// they need). When relations fall below <c>weaponise_threshold</c> each side may impose trade measures
/// (export controls, whitelist removal, boycotts) with monthly chance <c>weaponise_rate</c>; measures cost
/// <c>impose_cost</c> relations points at once and <c>drag</c> points a month while in force, erode
/// interdependence by <c>erosion</c> a month on both sides, give the imposing leader <c>rally</c> approval
/// points, and are lifted with chance <c>lift_rate</c> once relations recover above <c>lift_threshold</c>.
/// Interdependence otherwise returns towards <c>baseline</c> at rate <c>recovery</c>.
/// </summary>
public sealed class EconomicInterdependence(ParameterReader p)
{
    private readonly double _damping = p["interdependence.damping"];
    private readonly double _threshold = p["interdependence.weaponise_threshold"];
    private readonly double _rate = p["interdependence.weaponise_rate"];
    private readonly double _imposeCost = p["interdependence.impose_cost"];
    private readonly double _drag = p["interdependence.drag"];
    private readonly double _erosion = p["interdependence.erosion"];
    private readonly double _rally = p["interdependence.rally"];
    private readonly double _liftThreshold = p["interdependence.lift_threshold"];
    private readonly double _liftRate = p["interdependence.lift_rate"];
    private readonly double _baseline = p["interdependence.baseline"];
    private readonly double _recovery = p["interdependence.recovery"];

    /// <summary>A government's move after damping: hostile moves shrink with interdependence.</summary>
    public double Dampen(double move, in SimState s) => move < 0 ? move * (1 - (_damping * s.Interdependence)) : move;

    public void Apply(ref SimState s, ref Xoshiro256 rng)
    {
        Weaponise(ref s, Side.Korea, ref rng);
        Weaponise(ref s, Side.Japan, ref rng);
        var measures = s.TradeMeasures.Korea + s.TradeMeasures.Japan;
        s.Relations = Math.Max(-100, s.Relations - (_drag * measures));
        s.Interdependence = Math.Clamp(s.Interdependence + (_recovery * (_baseline - s.Interdependence)) - (_erosion * measures), 0, 1);
        if (measures > 0)
        {
            s.EverTradeMeasures = true;
        }
    }

    private void Weaponise(ref SimState s, Side side, ref Xoshiro256 rng)
    {
        if (s.TradeMeasures[side] < 0.5)
        {
            if (s.Relations < _threshold && rng.Chance(_rate))
            {
                s.TradeMeasures.Set(side, 1);
                s.Relations = Math.Max(-100, s.Relations - _imposeCost);
                s.Approval.Set(side, Math.Min(100, s.Approval[side] + _rally));
            }
        }
        else if (s.Relations > _liftThreshold && rng.Chance(_liftRate))
        {
            s.TradeMeasures.Set(side, 0);
        }
    }
}
