using Strait.Sim.Model;
using Strait.Sim.Parameters;
using Strait.Sim.Randomness;
using Strait.Sim.Scenarios;

namespace Strait.Sim.Mechanisms;

/// <summary>
/// Mechanism 1, nationalist moves. Salient grievances push a government towards a harder line, and a leader
/// low in approval is tempted into a showy nationalist act (Lee Myung-bak's 2012 Dokdo visit came with
/// his Gallup approval at 20%; it rose to 26% the week after). The monthly chance of such an act is
/// <c>base_rate × grievance × logistic((threshold − approval) / width) × (1 + election_boost if an election is near)</c>;
/// when it happens the government's move drops by <c>size</c>, its approval rises by
/// <c>approval_gain × grievance</c> points, and the other public's grievance rises by <c>provoked_grievance</c>.
/// </summary>
public sealed class NationalistMove(ParameterReader p)
{
    private readonly double _baseRate = p["nationalist_move.base_rate"];
    private readonly double _threshold = p["nationalist_move.approval_threshold"];
    private readonly double _width = p["nationalist_move.approval_width"];
    private readonly double _electionBoost = p["nationalist_move.election_boost"];
    private readonly double _size = p["nationalist_move.size"];
    private readonly double _approvalGain = p["nationalist_move.approval_gain"];
    private readonly double _provoked = p["nationalist_move.provoked_grievance"];
    private readonly double _grievancePressure = p["nationalist_move.grievance_pressure"];
    private readonly double _grievanceReference = p["nationalist_move.grievance_reference"];

    /// <summary>The monthly chance that a government makes a nationalist move.</summary>
    public double Probability(in SimState s, Side side, double electionSoon)
    {
        var temptation = 1.0 / (1.0 + Math.Exp(-(_threshold - s.Approval[side]) / _width));
        return Math.Min(1, _baseRate * s.Grievance[side] * temptation * (1 + (_electionBoost * electionSoon)));
    }

    /// <summary>
    /// The push on a government's move from grievances above (or below) <c>grievance_reference</c>, including a nationalist
    /// move when one happens this month (its approval and provocation effects are applied to the state).
    /// </summary>
    public double Pressure(ref SimState s, Side side, ScenarioInputs inputs, int t, ref Xoshiro256 rng)
    {
        var pressure = -_grievancePressure * (s.Grievance[side] - _grievanceReference);
        if (rng.Chance(Probability(s, side, inputs.ElectionSoon[t][side])))
        {
            pressure -= _size;
            s.Approval.Set(side, Math.Min(100, s.Approval[side] + (_approvalGain * s.Grievance[side])));
            var other = side.Other();
            s.Grievance.Set(other, Math.Min(1, s.Grievance[other] + _provoked));
            s.NationalistMoveThisMonth.Set(side, 1);
        }

        return pressure;
    }
}
