using Strait.Sim.Model;
using Strait.Sim.Parameters;
using Strait.Sim.Randomness;

namespace Strait.Sim.Mechanisms;

/// <summary>
/// Mechanism 6, the quasi-alliance (Victor Cha's model): when US commitment looks weak, Seoul and Tokyo
/// hedge together, pulling each move up by <c>hedging × (reference_commitment − commitment)</c>; strong US
/// pressure for trilateral cooperation (GSOMIA 2019, Camp David 2023) adds <c>us_pressure × pressure</c>.
/// The intelligence pact: while relations are below <c>pact_threshold</c> and Korea's move is hostile, Seoul
/// may end it with monthly chance <c>pact_end_rate × (1 − pressure_protection × pressure)</c>; an ended pact is
/// restored with chance <c>pact_restore_rate</c> once relations are above zero.
/// </summary>
public sealed class QuasiAlliance(ParameterReader p)
{
    private readonly double _hedging = p["quasi_alliance.hedging"];
    private readonly double _reference = p["quasi_alliance.reference_commitment"];
    private readonly double _pressure = p["quasi_alliance.us_pressure"];
    private readonly double _pactThreshold = p["quasi_alliance.pact_threshold"];
    private readonly double _pactEndRate = p["quasi_alliance.pact_end_rate"];
    private readonly double _protection = p["quasi_alliance.pressure_protection"];
    private readonly double _restoreRate = p["quasi_alliance.pact_restore_rate"];

    public double Pull(in SimState s) => (_hedging * (_reference - s.UsCommitment)) + (_pressure * s.UsPressure);

    public double PactEndProbability(in SimState s) =>
        s.PactInForce > 0.5 && s.Relations < _pactThreshold && s.Move.Korea < 0
            ? Math.Max(0, _pactEndRate * (1 - (_protection * s.UsPressure)))
            : 0;

    public void Apply(ref SimState s, ref Xoshiro256 rng)
    {
        if (s.PactInForce > 0.5)
        {
            if (rng.Chance(PactEndProbability(s)))
            {
                s.PactInForce = 0;
                s.PactEnded = true;
            }
        }
        else if (s.PactEnded && s.Relations > 0 && rng.Chance(_restoreRate))
        {
            s.PactInForce = 1;
        }
    }
}
