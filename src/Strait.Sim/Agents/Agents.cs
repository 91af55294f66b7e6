using Strait.Sim.Mechanisms;
using Strait.Sim.Model;
using Strait.Sim.Parameters;
using Strait.Sim.Randomness;
using Strait.Sim.Scenarios;

namespace Strait.Sim.Agents;

/// <summary>
/// An actor of the model. Agents keep their state in the run's <see cref="SimState"/> (one flat struct, so a
/// step allocates nothing); the agent objects hold only behaviour and are shared by all runs.
/// </summary>
public interface IAgent
{
    string Name { get; }

    void Step(ref SimState s, ScenarioInputs inputs, int t, ref Xoshiro256 rng);
}

/// <summary>
/// A government choosing its move for the month, from −1 (hostile) to +1 (cooperative): its own lean, the
/// camp in power, external threats, the quasi-alliance, the other's last move, its public's view and the
/// pressure of grievances (with the chance of a nationalist move), plus noise; hostile moves are then damped
/// by economic interdependence.
/// </summary>
public abstract class Government(Side side, double bias, double noise, MechanismSet mechanisms) : IAgent
{
    public abstract string Name { get; }

    public Side Side => side;

    public void Step(ref SimState s, ScenarioInputs inputs, int t, ref Xoshiro256 rng)
    {
        var m = mechanisms;
        var move = bias
            + m.Camp.Stance(s, side, inputs, t)
            + m.Cohesion.Pull(s, side, inputs, t)
            + m.QuasiAlliance.Pull(s)
            + m.Reciprocity.Answer(s, side)
            + m.Opinion.Feedback(s, side)
            + m.Nationalist.Pressure(ref s, side, inputs, t, ref rng)
            + (noise * rng.NextGaussian());
        s.Move.Set(side, Math.Clamp(m.Interdependence.Dampen(move, s), -1, 1));
    }
}

public sealed class KoreanGovernment(ParameterReader p, MechanismSet mechanisms)
    : Government(Side.Korea, p["government.korea_bias"], p["government.noise"], mechanisms)
{
    public override string Name => "Korean government";
}

public sealed class JapaneseGovernment(ParameterReader p, MechanismSet mechanisms)
    : Government(Side.Japan, p["government.japan_bias"], p["government.noise"], mechanisms)
{
    public override string Name => "Japanese government";
}

/// <summary>
/// A public: the salience of its grievances (returning to a baseline, raised by the other side's hostile
/// moves), its view of the other country (mechanism 8) and its leader's approval (returning to a baseline
/// that sinks with time in office, with noise).
/// </summary>
public abstract class Public(Side side, ParameterReader p, MechanismSet mechanisms) : IAgent
{
    private readonly double _baseline = p[side == Side.Korea ? "publics.korea_grievance_baseline" : "publics.japan_grievance_baseline"];
    private readonly double _decay = p["publics.grievance_decay"];
    private readonly double _provoked = p["publics.provoked"];
    private readonly double _approvalBaseline = p["publics.approval_baseline"];
    private readonly double _approvalDecline = p["publics.approval_decline"];
    private readonly double _approvalReversion = p["publics.approval_reversion"];
    private readonly double _approvalNoise = p["publics.approval_noise"];

    public abstract string Name { get; }

    public void Step(ref SimState s, ScenarioInputs inputs, int t, ref Xoshiro256 rng)
    {
        var baseline = _baseline + (side == Side.Korea ? mechanisms.Camp.KoreanGrievanceShift(inputs, t) : 0);
        var grievance = s.Grievance[side] + (_decay * (baseline - s.Grievance[side])) + (_provoked * Math.Max(0, -s.Move[side.Other()]));
        s.Grievance.Set(side, Math.Clamp(grievance, 0, 1));
        var approvalTarget = _approvalBaseline - (_approvalDecline * inputs.MonthsInOffice[t][side] / 12);
        var approval = s.Approval[side] + (_approvalReversion * (approvalTarget - s.Approval[side])) + (_approvalNoise * rng.NextGaussian());
        s.Approval.Set(side, Math.Clamp(approval, 0, 100));
        mechanisms.Opinion.Apply(ref s, side);
    }
}

public sealed class KoreanPublic(ParameterReader p, MechanismSet mechanisms) : Public(Side.Korea, p, mechanisms)
{
    public override string Name => "Korean public";
}

public sealed class JapanesePublic(ParameterReader p, MechanismSet mechanisms) : Public(Side.Japan, p, mechanisms)
{
    public override string Name => "Japanese public";
}

/// <summary>
/// The United States as a driver: perceived commitment returns to its level (lower under a transactional
/// administration, lower still with tariffs on its allies), with noise; pressure for trilateral
/// cooperation comes from shocks and fades.
/// </summary>
public sealed class UnitedStates(ParameterReader p) : IAgent
{
    private readonly double _commitment = p["united_states.commitment"];
    private readonly double _transactional = p["united_states.transactional_commitment"];
    private readonly double _tariffEffect = p["united_states.tariff_effect"];
    private readonly double _reversion = p["united_states.reversion"];
    private readonly double _noise = p["united_states.noise"];
    private readonly double _pressureDecay = p["united_states.pressure_decay"];

    public string Name => "United States";

    public void Step(ref SimState s, ScenarioInputs inputs, int t, ref Xoshiro256 rng)
    {
        var target = (inputs.UsTransactional[t] ? _transactional : _commitment) - (_tariffEffect * s.UsTariffs);
        s.UsCommitment = Math.Clamp(s.UsCommitment + (_reversion * (target - s.UsCommitment)) + (_noise * rng.NextGaussian()), 0, 1);
        s.UsPressure *= 1 - _pressureDecay;
    }
}

/// <summary>North Korea as a driver: its threat returns to a baseline with noise; tests and provocations are shocks.</summary>
public sealed class NorthKorea(ParameterReader p) : IAgent
{
    private readonly double _baseline = p["north_korea.baseline"];
    private readonly double _reversion = p["north_korea.reversion"];
    private readonly double _noise = p["north_korea.noise"];

    public string Name => "North Korea";

    public void Step(ref SimState s, ScenarioInputs inputs, int t, ref Xoshiro256 rng) =>
        s.NorthKoreanThreat = Math.Clamp(s.NorthKoreanThreat + (_reversion * (_baseline - s.NorthKoreanThreat)) + (_noise * rng.NextGaussian()), 0, 1);
}

/// <summary>China as a driver: its coercion returns to a baseline with noise; episodes (THAAD retaliation) are shocks.</summary>
public sealed class China(ParameterReader p) : IAgent
{
    private readonly double _baseline = p["china.baseline"];
    private readonly double _reversion = p["china.reversion"];
    private readonly double _noise = p["china.noise"];

    public string Name => "China";

    public void Step(ref SimState s, ScenarioInputs inputs, int t, ref Xoshiro256 rng) =>
        s.ChineseCoercion = Math.Clamp(s.ChineseCoercion + (_reversion * (_baseline - s.ChineseCoercion)) + (_noise * rng.NextGaussian()), 0, 1);
}
