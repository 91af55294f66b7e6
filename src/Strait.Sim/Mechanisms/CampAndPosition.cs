using Strait.Sim.Model;
using Strait.Sim.Parameters;
using Strait.Sim.Scenarios;

namespace Strait.Sim.Mechanisms;

/// <summary>
/// Mechanism 2, camp and position. Korean progressives mobilise history mostly in opposition: while a
/// conservative governs, the Korean grievance baseline is higher by <c>opposition_mobilisation</c>. In
/// government each camp leans its own way (<c>progressive_stance</c>, <c>conservative_stance</c>). Japanese
/// conservatives resist further apology: under the LDP, Japan's move is pulled down by
/// <c>ldp_resistance × Korean grievance</c>; other governments lean by <c>other_stance</c>. A new leader starts
/// with <c>honeymoon_approval</c>. Who governs and when elections fall come from the political calendar.
/// </summary>
public sealed class CampAndPosition(ParameterReader p)
{
    private readonly double _oppositionMobilisation = p["camp.opposition_mobilisation"];
    private readonly double _progressiveStance = p["camp.progressive_stance"];
    private readonly double _conservativeStance = p["camp.conservative_stance"];
    private readonly double _ldpResistance = p["camp.ldp_resistance"];
    private readonly double _otherStance = p["camp.other_stance"];
    private readonly double _honeymoon = p["camp.honeymoon_approval"];

    /// <summary>How much higher the Korean grievance baseline sits this month because of the opposition.</summary>
    public double KoreanGrievanceShift(ScenarioInputs inputs, int t) => inputs.KoreanProgressive[t] ? 0 : _oppositionMobilisation;

    /// <summary>The lean of a government's move from the camp in power.</summary>
    public double Stance(in SimState s, Side side, ScenarioInputs inputs, int t) => side == Side.Korea
        ? (inputs.KoreanProgressive[t] ? _progressiveStance : _conservativeStance)
        : (inputs.JapanLdp[t] ? -_ldpResistance * s.Grievance.Korea : _otherStance);

    /// <summary>Gives a newly arrived leader a honeymoon approval.</summary>
    public void Apply(ref SimState s, ScenarioInputs inputs, int t)
    {
        if (inputs.NewGovernment[t].Korea > 0)
        {
            s.Approval.Korea = _honeymoon;
        }

        if (inputs.NewGovernment[t].Japan > 0)
        {
            s.Approval.Japan = _honeymoon;
        }
    }
}
