using Strait.Sim.Model;
using Strait.Sim.Parameters;

namespace Strait.Sim.Mechanisms;

/// <summary>
/// Mechanism 8, public opinion follows relations with a lag and feeds back into leaders' choices. Each
/// public's view of the other moves each month by <c>adjustment</c> of the gap to
/// <c>neutral + relations_weight × relations − grievance_weight × (own grievance − grievance_reference)</c> (a half-life of about
/// ln 2 / adjustment months). A government whose public likes the other side finds cooperation cheaper:
/// its move is pulled by <c>feedback × (view − neutral) / 50</c>.
/// </summary>
public sealed class OpinionFollowsRelations(ParameterReader p)
{
    private readonly double _adjustment = p["opinion.adjustment"];
    private readonly double _koreaNeutral = p["opinion.korea_neutral"];
    private readonly double _japanNeutral = p["opinion.japan_neutral"];
    private readonly double _relationsWeight = p["opinion.relations_weight"];
    private readonly double _grievanceWeight = p["opinion.grievance_weight"];
    private readonly double _feedback = p["opinion.feedback"];
    private readonly double _grievanceReference = p["opinion.grievance_reference"];

    /// <summary>The view a public would settle at under the current relations and grievance.</summary>
    public double Target(in SimState s, Side side) =>
        Math.Clamp((side == Side.Korea ? _koreaNeutral : _japanNeutral) + (_relationsWeight * s.Relations) - (_grievanceWeight * (s.Grievance[side] - _grievanceReference)), 0, 100);

    public void Apply(ref SimState s, Side side) => s.View.Set(side, s.View[side] + (_adjustment * (Target(s, side) - s.View[side])));

    /// <summary>The pull of a public's view on its government's move.</summary>
    public double Feedback(in SimState s, Side side) => _feedback * (s.View[side] - (side == Side.Korea ? _koreaNeutral : _japanNeutral)) / 50;
}
